namespace CareDesk.Domain.Listening.Anomalies;

/// <param name="Observed">The count in the hour being checked.</param>
/// <param name="Median">The median count of the same hour-of-week in the previous weeks.</param>
/// <param name="Scale">The spread used: 1.4826 × MAD, but never below √median or 1 (counts are Poisson-like; see ADR-018).</param>
/// <param name="RobustZ">(observed − median) / scale.</param>
public sealed record BaselineScore(int Observed, double Median, double Scale, double RobustZ);

/// <summary>
/// Scores a count against the same hour-of-week of previous weeks with a robust z-score: median and median absolute
/// deviation resist one earlier spike in the history, and the weekly seasonality (Monday 09:00 is busier than Sunday
/// 03:00) is handled by comparing like hours only.
/// </summary>
public static class SeasonalBaseline
{
    /// <summary>MAD × 1.4826 estimates the standard deviation of normally distributed data.</summary>
    public const double MadToSigma = 1.4826;

    public static BaselineScore Score(int observed, IReadOnlyList<int> sameHourInPreviousWeeks)
    {
        if (sameHourInPreviousWeeks.Count == 0)
        {
            throw new ArgumentException("A baseline needs at least one previous week.", nameof(sameHourInPreviousWeeks));
        }

        var median = Median(sameHourInPreviousWeeks.Select(count => (double)count));
        var mad = Median(sameHourInPreviousWeeks.Select(count => Math.Abs(count - median)));
        var scale = Math.Max(MadToSigma * mad, Math.Max(Math.Sqrt(median), 1));
        return new BaselineScore(observed, median, scale, (observed - median) / scale);
    }

    /// <summary>
    /// 1 at the threshold, two points more for every doubling of the z-score above it, capped at 10:
    /// z = threshold → 1, 2× → 3, 4× → 5, 8× → 7, 16× → 9. Zero below the threshold (no alert).
    /// </summary>
    public static int Severity(double robustZ, double threshold)
    {
        if (threshold <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold must be positive.");
        }

        return robustZ < threshold ? 0 : Math.Min(10, 1 + (int)Math.Floor(2 * Math.Log2(robustZ / threshold)));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("The median of nothing is undefined.", nameof(values));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The start of the hour-of-week slot <paramref name="weeksBack"/> weeks before the hour starting at <paramref name="hourStart"/>.</summary>
    public static DateTimeOffset SameHourWeeksBefore(DateTimeOffset hourStart, int weeksBack) => hourStart.AddDays(-7 * weeksBack);
}
