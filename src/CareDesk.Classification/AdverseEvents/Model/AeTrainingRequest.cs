namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>One JSONL file: trained on (its train part), or only evaluated on (its test part).</summary>
/// <param name="Corpus">Short name used in the card (e.g. "smm4h").</param>
/// <param name="Path">The JSONL file (the shared datasets are read in place, never copied).</param>
/// <param name="UsePredefinedSplit">Use the file's own <c>split</c> field (dev/test held out) instead of the id-hash test split.</param>
/// <param name="TrainOn">False: the file is held out entirely from training and only its test part is evaluated.</param>
public sealed record AeTrainingFile(string Corpus, string Path, bool UsePredefinedSplit = false, bool TrainOn = true);

/// <summary>
/// What to train. The first file is the primary corpus: thresholds are chosen on its validation slice
/// (a <see cref="ValidationFraction"/> of its train part by id hash), never on a test part.
/// </summary>
public sealed record AeTrainingRequest(
    IReadOnlyList<AeTrainingFile> Files,
    string? OutputDirectory,
    int Seed = 1,
    double ValidationFraction = DatasetSplit.DefaultValidationFraction,
    double TestFraction = DatasetSplit.DefaultTestFraction)
{
    public AeModelOptions Options { get; init; } = new();

    /// <summary>Recall the screening threshold must reach on the validation slice (a margin above the 0.95 bar).</summary>
    public double ScreeningTargetRecall { get; init; } = 0.98;

    /// <summary>Same-day build number in the version string ("ae-2026.11.23-1").</summary>
    public int BuildNumber { get; init; } = 1;
}
