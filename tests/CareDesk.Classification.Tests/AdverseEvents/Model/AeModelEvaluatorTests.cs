using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Classification.Tests.AdverseEvents.Model;

public sealed class AeModelEvaluatorTests
{
    private static readonly ScoredLabel[] Scores =
    [
        new(0.9f, true), new(0.8f, false), new(0.7f, true), new(0.6f, true), new(0.3f, false), new(0.1f, false),
    ];

    [Fact]
    public void Operating_point_counts_and_rates_are_known()
    {
        var point = AeModelEvaluator.At(Scores, "half", 0.5f);

        (point.TruePositives, point.FalsePositives, point.FalseNegatives, point.TrueNegatives).ShouldBe((3, 1, 0, 2));
        point.Precision.ShouldBe(0.75, 1e-9);
        point.Recall.ShouldBe(1.0, 1e-9);
        point.F1.ShouldBe(6.0 / 7.0, 1e-9);
    }

    [Fact]
    public void Average_precision_is_known()
    {
        AeModelEvaluator.AveragePrecision(Scores).ShouldBe((1.0 + (2.0 / 3.0) + 0.75) / 3.0, 1e-9);
        AeModelEvaluator.AveragePrecision([new(0.5f, true), new(0.5f, false)]).ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Evaluation_reports_each_named_point()
    {
        var evaluation = AeModelEvaluator.Evaluate(Scores, [("strict", 0.85f), ("loose", 0.2f)]);

        evaluation.Count.ShouldBe(6);
        evaluation.Positives.ShouldBe(3);
        evaluation.Point("strict").TruePositives.ShouldBe(1);
        evaluation.Point("loose").FalsePositives.ShouldBe(2);
    }

    [Fact]
    public void Thresholds_are_chosen_from_the_scores()
    {
        ThresholdSelector.MaxF1(Scores).ShouldBe(0.6f);
        ThresholdSelector.ForRecall(Scores, 1.0).ShouldBe(0.6f);
        ThresholdSelector.ForRecall(Scores, 0.3).ShouldBe(0.9f);
    }
}
