using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>R23(b): the risk library's "most serious risks" block, verbatim, in the same post as the claim.</summary>
public sealed class MostSeriousRisksMustBeInSamePostRule(string text, ProductRiskInformation risk) : IUnprocessableRule
{
    public bool IsBroken() => !PromotionalText.ContainsVerbatim(text, risk.MostSeriousRisks);

    public string Message => $"Risk block missing: the most serious risks of {risk.ProprietaryName} from the product risk library must be in the same post as the benefit.";

    public string? Field => "mostSeriousRisks";
}
