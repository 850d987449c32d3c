using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>R23(a): the indication or benefit claim the template declares is in the post.</summary>
public sealed class BenefitClaimMustBePresentRule(string text, string benefitClaim) : IUnprocessableRule
{
    public bool IsBroken() => !PromotionalText.ContainsVerbatim(text, benefitClaim);

    public string Message => $"The indication/benefit text \"{benefitClaim}\" is missing from the post.";

    public string? Field => "benefitClaim";
}
