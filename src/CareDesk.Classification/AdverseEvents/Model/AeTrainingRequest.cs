namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>One JSONL file: trained on (its train part), or only evaluated on (its test part).</summary>
/// <param name="Corpus">Short name used in the card (e.g. "smm4h").</param>
/// <param name="Path">The JSONL file (the shared datasets are read in place, never copied).</param>
/// <param name="UsePredefinedSplit">Use the file's own <c>split</c> field (dev/test held out) instead of the id-hash test split.</param>
/// <param name="TrainOn">False: the file is held out entirely from training and only its test part is evaluated.</param>
/// <param name="Style">How its texts are written: the files of one style train that style's model and choose its operating points.</param>
public sealed record AeTrainingFile(string Corpus, string Path, bool UsePredefinedSplit = false, bool TrainOn = true, AeTextStyle Style = AeTextStyle.SocialPost);

/// <summary>
/// What to train: one model per <see cref="AeTextStyle"/> that has training files, each calibrated and thresholded on the
/// validation slices of its own files (a <see cref="ValidationFraction"/> of their train parts by id hash), never on a test part.
/// </summary>
public sealed record AeTrainingRequest(
    IReadOnlyList<AeTrainingFile> Files,
    string? OutputDirectory,
    int Seed = 1,
    double ValidationFraction = DatasetSplit.DefaultValidationFraction,
    double TestFraction = DatasetSplit.DefaultTestFraction)
{
    public AeModelOptions Options { get; init; } = new();

    /// <summary>
    /// More than 1: calibration and thresholds come from out-of-fold scores over the whole train + validation part (this many
    /// folds), and the shipped model learns from all of it; 0 or 1: from the validation slice, learning from the train part only.
    /// </summary>
    public int ValidationFolds { get; init; } = 4;

    /// <summary>Recall the screening threshold must reach on a style's validation slices (a margin above the 0.95 bar).</summary>
    public double ScreeningTargetRecall { get; init; } = 0.98;

    /// <summary>Same-day build number in the version string ("ae-2026.11.23-1").</summary>
    public int BuildNumber { get; init; } = 1;
}
