namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Chooses thresholds on validation scores (never on a test part).</summary>
public static class ThresholdSelector
{
    /// <summary>The threshold (a score in the list) with the highest F1.</summary>
    public static float MaxF1(IReadOnlyList<ScoredLabel> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var positives = scored.Count(s => s.IsPositive);
        float best = 0.5f;
        double bestF1 = -1;
        int tp = 0, fp = 0;
        foreach (var level in scored.GroupBy(s => s.Score).OrderByDescending(g => g.Key))
        {
            var levelPositives = level.Count(s => s.IsPositive);
            tp += levelPositives;
            fp += level.Count() - levelPositives;
            var f1 = positives == 0 ? 0 : 2.0 * tp / (tp + fp + positives);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = level.Key;
            }
        }

        return best;
    }

    /// <summary>The highest threshold whose recall reaches <paramref name="targetRecall"/>.</summary>
    public static float ForRecall(IReadOnlyList<ScoredLabel> scored, double targetRecall)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var positives = scored.Count(s => s.IsPositive);
        var tp = 0;
        foreach (var level in scored.GroupBy(s => s.Score).OrderByDescending(g => g.Key))
        {
            tp += level.Count(s => s.IsPositive);
            if (positives > 0 && tp / (double)positives >= targetRecall)
            {
                return level.Key;
            }
        }

        return 0f;
    }
}
