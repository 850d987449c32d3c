using System.Globalization;
using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Application.Listening;

/// <summary>
/// Volume and negative-sentiment surges of one hour against the same hour-of-week in previous weeks. One burst is one
/// alert: when both surge, the alert takes the kind with the higher severity and names the other in its summary.
/// </summary>
public static class SurgeCheck
{
    public static AlertCandidate? Evaluate(IReadOnlyList<ListeningItem> window, IReadOnlyList<IReadOnlyList<ListeningItem>> previousWeeks, ListeningOptions options)
    {
        var volume = SeasonalBaseline.Score(window.Count, [.. previousWeeks.Select(week => week.Count)]);
        var negative = SeasonalBaseline.Score(window.Count(item => item.IsNegative), [.. previousWeeks.Select(week => week.Count(item => item.IsNegative))]);
        var volumeSeverity = window.Count >= options.MinSpikeVolume ? SeasonalBaseline.Severity(volume.RobustZ, options.SpikeThreshold) : 0;
        var negativeSeverity = negative.Observed >= Math.Max(1, options.MinSpikeVolume / 2) ? SeasonalBaseline.Severity(negative.RobustZ, options.SpikeThreshold) : 0;
        if (volumeSeverity == 0 && negativeSeverity == 0)
        {
            return null;
        }

        var summary = $"{Describe("posts", volume)}; {Describe("negative posts", negative)}.";
        var ids = window.Select(item => item.PostId).ToList();
        return negativeSeverity > volumeSeverity
            ? new AlertCandidate(ListeningAlertKind.NegativeSurge, negativeSeverity, negative.Observed, negative.Median, summary, [.. window.Where(item => item.IsNegative).Select(item => item.PostId)])
            : new AlertCandidate(ListeningAlertKind.VolumeSpike, volumeSeverity, volume.Observed, volume.Median, summary, ids);
    }

    private static string Describe(string what, BaselineScore score) => string.Create(CultureInfo.InvariantCulture,
        $"{score.Observed} {what} against a median of {score.Median:0.#} for this hour of the week (robust z {score.RobustZ:0.0})");
}
