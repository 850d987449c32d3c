using Microsoft.ML;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// Trains one style's model on the non-test rows of that style's files only (mixing tweets into the forum model, or
/// forum sentences into the tweet model, lowered held-out PR-AUC of both), then calibrates it and picks its operating
/// points on validation scores of the same files.
/// </summary>
internal static class AeStyleTrainer
{
    public static (AeStyleScorer Scorer, AeStyleModelCard Card) Train(
        MLContext context, AeTextStyle style, IReadOnlyList<SplitCorpus> corpora, AeTrainingRequest request, CancellationToken cancellationToken)
    {
        var (scorer, margins) = request.ValidationFolds > 1
            ? CrossFitted(context, corpora, request, cancellationToken)
            : OnValidationSlice(context, corpora, request, cancellationToken);
        var calibration = PlattCalibrator.Fit(margins);
        var scored = margins.Select(m => m with { Score = calibration.Apply(m.Score) }).ToList();
        var thresholds = new AeThresholds(ThresholdSelector.ForRecall(scored, request.ScreeningTargetRecall), ThresholdSelector.MaxF1(scored));
        var validation = AeModelEvaluator.Evaluate(scored, [(AeModelEvaluator.Screening, thresholds.Screening), (AeModelEvaluator.Balanced, thresholds.Balanced)]);
        var card = new AeStyleModelCard(style, AeModel.ModelFileName(style), [.. corpora.Select(c => c.File.Corpus)], thresholds, calibration, validation);
        return (scorer, card);
    }

    /// <summary>Learns from the train parts; the validation slices (a tenth) give the margins thresholds are chosen on.</summary>
    private static (AeStyleScorer, List<ScoredLabel>) OnValidationSlice(
        MLContext context, IReadOnlyList<SplitCorpus> corpora, AeTrainingRequest request, CancellationToken cancellationToken)
    {
        var scorer = Fit(context, corpora.SelectMany(c => c.Train), request.Options, cancellationToken);
        return (scorer, Margins(scorer, corpora.SelectMany(c => c.Validation)));
    }

    /// <summary>
    /// Out-of-fold margins over the whole train + validation part (every row scored by a model that did not see it) give
    /// ten times more rows to choose thresholds on than the validation slice, whose ~150 tweets with an AE made the
    /// tweet threshold noisy; the shipped model then learns from all those rows. The test parts are never touched.
    /// </summary>
    private static (AeStyleScorer, List<ScoredLabel>) CrossFitted(
        MLContext context, IReadOnlyList<SplitCorpus> corpora, AeTrainingRequest request, CancellationToken cancellationToken)
    {
        var rows = corpora.SelectMany(c => c.Train.Concat(c.Validation)).ToList();
        var folds = rows.ToLookup(row => DatasetSplit.Fold(row.Id, request.ValidationFolds));
        var margins = new List<ScoredLabel>(rows.Count);
        for (var fold = 0; fold < request.ValidationFolds; fold++)
        {
            var held = fold;
            var foldScorer = Fit(context, rows.Where(row => DatasetSplit.Fold(row.Id, request.ValidationFolds) != held), request.Options, cancellationToken);
            margins.AddRange(Margins(foldScorer, folds[held]));
        }

        return (Fit(context, rows, request.Options, cancellationToken), margins);
    }

    private static AeStyleScorer Fit(MLContext context, IEnumerable<LabelledText> rows, AeModelOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var inputs = rows.Select(row => AeModelInput.From(row.Text, row.HasAe, row.HasAe ? options.PositiveWeight : 1f)).ToList();
        var data = context.Data.LoadFromEnumerable(inputs);
        return new AeStyleScorer(context, AePipelineFactory.Create(context, options).Fit(data), data.Schema);
    }

    private static List<ScoredLabel> Margins(AeStyleScorer scorer, IEnumerable<LabelledText> rows) =>
        [.. rows.Select(row => new ScoredLabel(scorer.Margin(row.Text), row.HasAe))];
}
