namespace CareDesk.Classification.Evidence;

/// <summary>Everyday English words that must never be read as a misspelt medicine name.</summary>
internal static class CommonWords
{
    private static readonly Lazy<HashSet<string>> Words = new(() =>
        new HashSet<string>(EmbeddedLexicon.ReadLines("common-words.txt").SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal));

    public static bool Contains(string normalizedWord) => Words.Value.Contains(normalizedWord);
}
