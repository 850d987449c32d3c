namespace CareDesk.Domain.Listening;

/// <param name="Growth">(current + 1) / (prior + 1): add-one smoothing so a term new this window does not divide by zero.</param>
public sealed record EmergingTerm(string Term, int Current, int Prior, double Growth);

/// <summary>Top terms of a set of posts, and the terms whose frequency rose against the window before.</summary>
public static class TermTrends
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "did", "do", "does", "for", "from", "had", "has",
        "have", "he", "her", "his", "how", "i", "if", "in", "is", "it", "its", "it's", "i'm", "just", "me", "my", "no", "not",
        "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "then", "there", "they", "this", "to", "too",
        "up", "us", "was", "we", "were", "what", "when", "which", "who", "why", "will", "with", "you", "your", "im", "dont",
        "don't", "get", "got", "all", "any", "about", "after", "again", "also", "am", "than", "very", "out", "one", "now",
    };

    /// <summary>Each post counts a term once, so one long rant cannot dominate.</summary>
    public static Dictionary<string, int> DocumentFrequencies(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var term in ListeningText.Words(text).Where(IsContentWord).Distinct(StringComparer.Ordinal))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return counts;
    }

    public static IReadOnlyList<KeyValuePair<string, int>> Top(IReadOnlyDictionary<string, int> frequencies, int take) =>
        [.. frequencies.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(take)];

    /// <summary>Terms in at least <paramref name="minCount"/> posts now whose smoothed frequency grew at least <paramref name="minGrowth"/> times.</summary>
    public static IReadOnlyList<EmergingTerm> Emerging(IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int> prior, int minCount, double minGrowth, int take) =>
        [.. current.Where(pair => pair.Value >= minCount)
            .Select(pair => new EmergingTerm(pair.Key, pair.Value, prior.GetValueOrDefault(pair.Key), (pair.Value + 1.0) / (prior.GetValueOrDefault(pair.Key) + 1.0)))
            .Where(term => term.Growth >= minGrowth)
            .OrderByDescending(term => term.Growth).ThenByDescending(term => term.Current).ThenBy(term => term.Term, StringComparer.Ordinal)
            .Take(take)];

    private static bool IsContentWord(string word) => word.Length >= 3 && !StopWords.Contains(word) && !word.All(char.IsDigit);
}
