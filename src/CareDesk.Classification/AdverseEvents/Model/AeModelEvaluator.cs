namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Scores labelled texts and measures them at named thresholds.</summary>
public static class AeModelEvaluator
{
    public const string Screening = "screening";
    public const string Balanced = "balanced";

    /// <summary>Scores every row as <paramref name="style"/> and measures it at that style's operating points.</summary>
    public static AeEvaluation Evaluate(AeModel model, IEnumerable<LabelledText> rows, AeTextStyle style)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        var scored = rows.Select(row => new ScoredLabel(model.Score(row.Text, style), row.HasAe)).ToList();
        var thresholds = model.ThresholdsFor(style);
        return Evaluate(scored, [(Screening, thresholds.Screening), (Balanced, thresholds.Balanced)]);
    }

    public static AeEvaluation Evaluate(IReadOnlyList<ScoredLabel> scored, IEnumerable<(string Name, float Threshold)> thresholds)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(thresholds);
        var points = thresholds.Select(t => At(scored, t.Name, t.Threshold)).ToList();
        return new AeEvaluation(scored.Count, scored.Count(s => s.IsPositive), AveragePrecision(scored), points);
    }

    public static AeOperatingPoint At(IReadOnlyList<ScoredLabel> scored, string name, float threshold)
    {
        ArgumentNullException.ThrowIfNull(scored);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var s in scored)
        {
            var predicted = s.Score >= threshold;
            if (predicted && s.IsPositive)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (s.IsPositive)
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return new AeOperatingPoint(name, threshold, tp, fp, fn, tn);
    }

    /// <summary>Average precision: sum over distinct score levels (high to low) of precision x recall gained; ties count as one level.</summary>
    public static double AveragePrecision(IReadOnlyList<ScoredLabel> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var positives = scored.Count(s => s.IsPositive);
        if (positives == 0)
        {
            return 0;
        }

        double ap = 0;
        int tp = 0, fp = 0;
        foreach (var level in scored.GroupBy(s => s.Score).OrderByDescending(g => g.Key))
        {
            var levelPositives = level.Count(s => s.IsPositive);
            tp += levelPositives;
            fp += level.Count() - levelPositives;
            ap += tp / (double)(tp + fp) * levelPositives / positives;
        }

        return ap;
    }
}

/// <summary>A model score and the true label.</summary>
public readonly record struct ScoredLabel(float Score, bool IsPositive);
