using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Misinformation.Rules;

/// <summary>R26: the correction is MLR-approved content and non-promotional: no promotional template, no benefit claim, no SIUU.</summary>
public sealed class CorrectionMustBeApprovedNonPromotionalContentRule(ResponseTemplate template) : IUnprocessableRule
{
    public bool IsBroken() => template.Status != TemplateStatus.Approved || template.Category == TemplateCategory.Promotional
        || template.BenefitClaim is not null || template.Siuu;

    public string Message => template.Status != TemplateStatus.Approved
        ? $"{template.MaterialId} is not approved: a correction must be MLR-approved content."
        : $"{template.MaterialId} makes promotional claims: a misinformation correction must be non-promotional.";

    public string? Field => "templateId";
}
