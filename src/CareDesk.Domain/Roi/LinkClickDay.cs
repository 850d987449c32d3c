namespace CareDesk.Domain.Roi;

/// <summary>
/// How many people followed one tracked link on one UTC day: a counter and nothing else, so a click leaves no
/// personal data behind (no IP address, user agent, cookie or exact time). See ADR-017.
/// </summary>
public sealed class LinkClickDay
{
    private LinkClickDay()
    {
    }

    public Guid LinkId { get; private set; }

    public DateOnly Day { get; private set; }

    public int Clicks { get; private set; }

    public static LinkClickDay First(Guid linkId, DateTimeOffset at) => new() { LinkId = linkId, Day = DayOf(at), Clicks = 1 };

    /// <summary>A day's count known in advance (demo data, a migration from another link service).</summary>
    public static LinkClickDay Counted(Guid linkId, DateOnly day, int clicks) =>
        clicks > 0 ? new() { LinkId = linkId, Day = day, Clicks = clicks } : throw new ArgumentOutOfRangeException(nameof(clicks), "A stored day has at least one click.");

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
