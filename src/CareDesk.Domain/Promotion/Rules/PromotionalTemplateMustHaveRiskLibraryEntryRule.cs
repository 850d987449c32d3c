using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>A promotional template names its product (brand), and that product has a risk library entry to check it against (R23).</summary>
public sealed class PromotionalTemplateMustHaveRiskLibraryEntryRule(ResponseTemplate template, ProductRiskInformation? risk) : IUnprocessableRule
{
    public bool IsBroken() => template.Category == TemplateCategory.Promotional && risk is null;

    public string Message => template.BrandId is null
        ? "A promotional template must name the product (brand) it promotes: its risk library entry decides the fair-balance checks."
        : "The product has no entry in the product risk library: add its most serious risks and risk page before promoting it.";

    public string? Field => "brandId";
}
