using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Cli.Model;

/// <summary>
/// Turns "--data a.jsonl,forum:b.jsonl" into training files: an optional "social:" or "forum:" prefix names the text style
/// (social posts by default); a file whose rows carry dev/test splits keeps them held out.
/// </summary>
internal static class TrainingFiles
{
    public const string SocialPrefix = "social:";
    public const string ForumPrefix = "forum:";

    public static IReadOnlyList<string> Entries(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static (AeTextStyle Style, string Path) StyleAndPath(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.StartsWith(ForumPrefix, StringComparison.Ordinal) ? (AeTextStyle.ForumPost, entry[ForumPrefix.Length..])
            : entry.StartsWith(SocialPrefix, StringComparison.Ordinal) ? (AeTextStyle.SocialPost, entry[SocialPrefix.Length..])
            : (AeTextStyle.SocialPost, entry);
    }

    public static AeTrainingFile Describe(string entry, bool trainOn)
    {
        var (style, path) = StyleAndPath(entry);
        return new(CorpusName(path), path, UsesOwnSplit(path), trainOn, style);
    }

    public static bool UsesOwnSplit(string path) => LabelledTextReader.ReadJsonl(path).Any(row => row.IsHeldOutByCorpus);

    public static string CorpusName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var suffix in new[] { "_train_dev", "_train" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
