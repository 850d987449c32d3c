namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// Suggests that two cases report the same event (R16): the same author handle on any network (case and a leading
/// "@" ignored), or near-identical wording (word-set Jaccard similarity at or above the threshold). A person confirms.
/// </summary>
public static class DuplicateMatcher
{
    public const double NearIdenticalThreshold = 0.8;

    public static string? ReasonToSuspect(string author, string text, string otherAuthor, string otherText)
    {
        if (Handle(author) is { Length: > 0 } handle && handle == Handle(otherAuthor))
        {
            return "same author handle";
        }

        return Similarity(text, otherText) >= NearIdenticalThreshold ? "near-identical text" : null;
    }

    public static double Similarity(string left, string right)
    {
        var a = Words(left);
        var b = Words(right);
        return a.Count == 0 && b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
    }

    private static string Handle(string author) => author.Trim().TrimStart('@').ToUpperInvariant();

    private static HashSet<string> Words(string text) =>
        text.Split((char[])[' ', '\t', '\n', '\r', ',', '.', '!', '?', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
