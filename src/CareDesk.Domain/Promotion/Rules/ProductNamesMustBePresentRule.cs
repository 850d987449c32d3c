using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>R23(d): both the proprietary (brand) name and the established (generic) name.</summary>
public sealed class ProductNamesMustBePresentRule(string text, ProductRiskInformation risk) : IUnprocessableRule
{
    public bool IsBroken() => !PromotionalText.ContainsName(text, risk.ProprietaryName) || !PromotionalText.ContainsName(text, risk.EstablishedName);

    public string Message => $"The post must name both {risk.ProprietaryName} and its established name {risk.EstablishedName}.";

    public string? Field => "productNames";
}
