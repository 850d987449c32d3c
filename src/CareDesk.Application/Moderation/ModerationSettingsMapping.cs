using CareDesk.Domain.Moderation;

namespace CareDesk.Application.Moderation;

internal static class ModerationSettingsMapping
{
    public static CommunityGuidelinesDto Of(CommunityGuidelines guidelines, string brand) => new(guidelines.BrandId, brand, guidelines.Text,
        string.IsNullOrEmpty(guidelines.Explanation) ? ModerationFilter.DefaultExplanation : guidelines.Explanation, guidelines.ProfanityFilter,
        guidelines.ProfanityTerms, guidelines.SpamFilter, guidelines.SpamTerms, guidelines.Version);
}
