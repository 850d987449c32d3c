namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>What a model was trained on, how, and how well it does: saved as <c>model-card.json</c> next to the style models.</summary>
public sealed record AeModelCard(
    string Version,
    DateTimeOffset TrainedAt,
    string Configuration,
    int Seed,
    double TrainingSeconds,
    IReadOnlyList<AeTrainingFileSummary> TrainingFiles,
    IReadOnlyList<AeStyleModelCard> Styles,
    IReadOnlyList<AeCorpusMetrics> Metrics);

public sealed record AeTrainingFileSummary(string Corpus, string Path, int Rows, int Positives, int TrainRows, int ValidationRows, int TestRows, bool TrainedOn, AeTextStyle Style);

/// <summary>
/// One style's model: its file in the model folder, what it learnt from, its calibration and operating points, and
/// <paramref name="Validation"/>: the scores they were chosen on (for comparing settings without touching a test part).
/// </summary>
public sealed record AeStyleModelCard(AeTextStyle Style, string ModelFile, IReadOnlyList<string> TrainedOn, AeThresholds Thresholds, AeCalibration Calibration, AeEvaluation Validation);

/// <summary>Score thresholds: <see cref="Screening"/> favours recall (>= 0.95 target), <see cref="Balanced"/> maximises F1.</summary>
public sealed record AeThresholds(float Screening, float Balanced);

/// <summary>Platt scaling of the raw margin, fitted on the validation slices: p = 1 / (1 + exp(-(A * margin + B))).</summary>
public sealed record AeCalibration(double A, double B)
{
    public float Apply(float margin) => (float)(1.0 / (1.0 + Math.Exp(-((A * margin) + B))));
}

/// <summary>Metrics of one held-out test part, scored as <paramref name="Style"/> (its model and operating points).</summary>
public sealed record AeCorpusMetrics(string Corpus, string HeldOut, AeTextStyle Style, AeEvaluation Evaluation);
