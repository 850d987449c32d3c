using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>R25: HCP-only content goes only to authors staff verified as HCPs; self-declaration or ad targeting does not count.</summary>
public sealed class HcpTemplateNeedsVerifiedHcpRule(ResponseTemplate template, bool authorIsVerifiedHcp) : IUnprocessableRule
{
    public bool IsBroken() => template.Audience == TemplateAudience.VerifiedHcp && !authorIsVerifiedHcp;

    public string Message => $"Template not approved for this audience: '{template.Name}' ({template.MaterialId}) is for verified healthcare professionals and the author is not verified as an HCP.";

    public string? Field => "templateId";
}
