using CareDesk.Domain.Common;

namespace CareDesk.Domain.Listening.Anomalies;

/// <summary>
/// A spike, surge or campaign found in one brand's listening data for one hour. Raised once per brand, kind and
/// hour (a unique key), never deleted; acknowledging it or opening a crisis room from it is recorded on it.
/// </summary>
public sealed class ListeningAlert
{
    public const int MaxSummaryLength = 500;

    private ListeningAlert()
    {
        Summary = string.Empty;
        PostIds = [];
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public ListeningAlertKind Kind { get; private set; }

    /// <summary>1 (barely unusual) to 10 (act now).</summary>
    public int Severity { get; private set; }

    public DateTimeOffset WindowStart { get; private set; }

    public DateTimeOffset WindowEnd { get; private set; }

    public int Observed { get; private set; }

    /// <summary>What was expected: the seasonal median, the usual hostile share, or 0 for a campaign.</summary>
    public double Expected { get; private set; }

    public string Summary { get; private set; }

    /// <summary>The posts behind the alert (all of the window's for a spike, the cluster for a campaign), capped at 200.</summary>
    public List<Guid> PostIds { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public Guid? CrisisRoomId { get; private set; }

    public static ListeningAlert Raise(Guid brandId, ListeningAlertKind kind, int severity, DateTimeOffset windowStart, DateTimeOffset windowEnd,
        int observed, double expected, string summary, IEnumerable<Guid> postIds, DateTimeOffset at)
    {
        BusinessRules.Check(new Rules.AlertSeverityMustBeOnTheScaleRule(severity));
        return new ListeningAlert
        {
            Id = Guid.NewGuid(),
            BrandId = brandId,
            Kind = kind,
            Severity = severity,
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            Observed = observed,
            Expected = Math.Round(expected, 2),
            Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary,
            PostIds = [.. postIds.Take(200)],
            RaisedAt = at,
        };
    }

    public void Acknowledge(string userName, DateTimeOffset at)
    {
        AcknowledgedAt ??= at;
        AcknowledgedBy ??= userName;
    }

    public void LinkCrisisRoom(Guid roomId) => CrisisRoomId = roomId;
}
