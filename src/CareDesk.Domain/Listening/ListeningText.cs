using System.Text.RegularExpressions;

namespace CareDesk.Domain.Listening;

/// <summary>How listening reads text: lower-case words, hashtags kept with their '#', punctuation dropped.</summary>
public static partial class ListeningText
{
    public static IReadOnlyList<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value.Trim('\''))];

    public static bool IsHashtag(string word) => word.Length > 1 && word[0] == '#';

    /// <summary>A hashtag also counts as its bare word, so the query "cardiozen" finds "#Cardiozen".</summary>
    public static string Bare(string word) => IsHashtag(word) ? word[1..] : word;

    [GeneratedRegex(@"#?[\p{L}\p{N}][\p{L}\p{N}'_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
