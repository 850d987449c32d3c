using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Cli.Model;

/// <summary>Turns "--data a.jsonl,b.jsonl" into training files; a file whose rows carry dev/test splits keeps them held out.</summary>
internal static class TrainingFiles
{
    public static IReadOnlyList<string> Paths(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static AeTrainingFile Describe(string path, bool trainOn) =>
        new(CorpusName(path), path, UsesOwnSplit(path), trainOn);

    public static bool UsesOwnSplit(string path) => LabelledTextReader.ReadJsonl(path).Any(row => row.IsHeldOutByCorpus);

    private static string CorpusName(string path)
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
