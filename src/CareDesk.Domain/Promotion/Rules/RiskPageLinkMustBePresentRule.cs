using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>R23(c): a link to the landing page devoted exclusively to risk information.</summary>
public sealed class RiskPageLinkMustBePresentRule(string text, ProductRiskInformation risk) : IUnprocessableRule
{
    public bool IsBroken() => !text.Contains(risk.RiskPageUrl, StringComparison.OrdinalIgnoreCase);

    public string Message => $"Risk link missing: the post must link to the risk information page {risk.RiskPageUrl}.";

    public string? Field => "riskPageUrl";
}
