using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion.Rules;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion;

/// <summary>
/// The FDA character-space-limited checks (R23) for one post of a promotional template, run before MLR submission and
/// again at send: (a) the benefit claim, (b) the most serious risks from the risk library in the same post, (c) the risk
/// page link, (d) proprietary and established names, (e) the platform's live character limit. A reminder post (no claim)
/// needs only the names and the limit, and is refused for a product with a boxed warning. Service templates have no checks.
/// </summary>
public static class PromotionalContentRules
{
    public static IReadOnlyList<IBusinessRule> For(ResponseTemplate template, string text, ProductRiskInformation? risk, int characterLimit)
    {
        if (template.Category != TemplateCategory.Promotional)
        {
            return [];
        }

        if (risk is null)
        {
            return [new PromotionalTemplateMustHaveRiskLibraryEntryRule(template, risk)];
        }

        if (template.IsReminder)
        {
            return [new ReminderPostMustNotPromoteBoxedWarningProductRule(risk), new ProductNamesMustBePresentRule(text, risk),
                new PostMustFitPlatformRule(text, characterLimit, reminder: true)];
        }

        return
        [
            new BenefitClaimMustBePresentRule(text, template.BenefitClaim!),
            new MostSeriousRisksMustBeInSamePostRule(text, risk),
            new RiskPageLinkMustBePresentRule(text, risk),
            new ProductNamesMustBePresentRule(text, risk),
            new PostMustFitPlatformRule(text, characterLimit, reminder: false),
        ];
    }

    public static IReadOnlyList<IBusinessRule> Broken(ResponseTemplate template, string text, ProductRiskInformation? risk, int characterLimit) =>
        For(template, text, risk, characterLimit).Where(rule => rule.IsBroken()).ToList();

    /// <summary>Throws the first broken check, so a send is blocked whenever (a)-(e) do not all hold.</summary>
    public static void Check(ResponseTemplate template, string text, ProductRiskInformation? risk, int characterLimit)
    {
        foreach (var rule in For(template, text, risk, characterLimit))
        {
            BusinessRules.Check(rule);
        }
    }
}
