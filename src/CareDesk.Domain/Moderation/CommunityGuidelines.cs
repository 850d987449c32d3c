using CareDesk.Domain.Common;
using CareDesk.Domain.Templates.Rules;

namespace CareDesk.Domain.Moderation;

/// <summary>
/// A brand's community guidelines: the text the public reads, the explanation a hidden or removed comment gets, and
/// the profanity and spam filters. Filters only hide a comment on the page; it is screened like any other (R12).
/// </summary>
public sealed class CommunityGuidelines
{
    public const int MaxTextLength = 4000;
    public const int MaxExplanationLength = 500;
    public const int MaxTerms = 200;

    private CommunityGuidelines()
    {
        Text = string.Empty;
        Explanation = string.Empty;
        ProfanityTerms = [];
        SpamTerms = [];
        ChangedBy = string.Empty;
    }

    public Guid BrandId { get; private set; }

    public string Text { get; private set; }

    /// <summary>The human explanation shown with a hidden or removed comment; "{reason}" becomes the reason in words.</summary>
    public string Explanation { get; private set; }

    public bool ProfanityFilter { get; private set; }

    public List<string> ProfanityTerms { get; private set; }

    public bool SpamFilter { get; private set; }

    public List<string> SpamTerms { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    public static CommunityGuidelines For(Guid brandId) => new() { BrandId = brandId };

    public void Change(string text, string explanation, bool profanityFilter, IEnumerable<string> profanityTerms, bool spamFilter, IEnumerable<string> spamTerms,
        string by, DateTimeOffset at)
    {
        BusinessRules.Check(new TemplateFieldMustFitRule("text", text, MaxTextLength));
        BusinessRules.Check(new TemplateFieldMustFitRule("explanation", string.IsNullOrWhiteSpace(explanation) ? "-" : explanation, MaxExplanationLength));
        Text = text.Trim();
        Explanation = explanation.Trim();
        ProfanityFilter = profanityFilter;
        ProfanityTerms = ModerationFilter.NormalizeTerms(profanityTerms).Take(MaxTerms).ToList();
        SpamFilter = spamFilter;
        SpamTerms = ModerationFilter.NormalizeTerms(spamTerms).Take(MaxTerms).ToList();
        Version++;
        ChangedBy = by;
        ChangedAt = at;
    }

    /// <summary>The filter a comment trips, if any: profanity first, then spam.</summary>
    public ModerationReason? Screen(string text) =>
        ProfanityFilter && ModerationFilter.IsProfane(text, ProfanityTerms) ? ModerationReason.Profanity
        : SpamFilter && ModerationFilter.IsSpam(text, SpamTerms) ? ModerationReason.Spam
        : null;

    public string ExplanationFor(ModerationReason reason) => ModerationFilter.Explain(Explanation, reason);
}
