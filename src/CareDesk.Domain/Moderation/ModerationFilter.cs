using System.Text.RegularExpressions;

namespace CareDesk.Domain.Moderation;

/// <summary>
/// Word filters for profanity and spam. A configured term matches a word that starts with it ("fuck" matches
/// "fucking"); a word the author masked themselves ("f***ing", "sh!t" is not masked) counts as profanity too, because
/// masking is how people swear on moderated pages. Spam: a configured phrase, or more than three links.
/// </summary>
public static partial class ModerationFilter
{
    public const int MaxLinks = 3;

    public static IEnumerable<string> NormalizeTerms(IEnumerable<string> terms) =>
        terms.Select(term => term.Trim().ToLowerInvariant()).Where(term => term.Length > 0).Distinct();

    public static bool IsProfane(string text, IReadOnlyCollection<string> terms) =>
        Words().Matches(text.ToLowerInvariant()).Any(word => Masked().IsMatch(word.Value) || terms.Any(term => word.Value.StartsWith(term, StringComparison.Ordinal)));

    public static bool IsSpam(string text, IReadOnlyCollection<string> terms)
    {
        var lower = text.ToLowerInvariant();
        return terms.Any(term => lower.Contains(term, StringComparison.Ordinal)) || Links().Count(lower) > MaxLinks;
    }

    public static string Explain(string template, ModerationReason reason)
    {
        var words = reason switch
        {
            ModerationReason.AwaitingScreening => "every comment on this page is read by our team before it is shown",
            ModerationReason.Profanity => "it contains language our community guidelines do not allow",
            ModerationReason.Spam => "it looks like spam or advertising",
            _ => "it does not follow our community guidelines",
        };
        var text = string.IsNullOrWhiteSpace(template) ? DefaultExplanation : template;
        return text.Replace("{reason}", words, StringComparison.Ordinal);
    }

    public const string DefaultExplanation =
        "Your comment is not shown on this page because {reason}. Our team has still read it: if you told us about a side effect or a problem with a product, we will follow it up.";

    [GeneratedRegex(@"[\p{L}\p{N}*]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\p{L}+\*{2,}\p{L}*$|^\p{L}\*+\p{L}+$")]
    private static partial Regex Masked();

    [GeneratedRegex(@"https?://")]
    private static partial Regex Links();
}
