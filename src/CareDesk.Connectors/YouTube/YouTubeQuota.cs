using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.YouTube;

/// <summary>
/// The project's daily quota, shared by every YouTube channel of this process (quota belongs to the Google Cloud
/// project, not to a channel). Counts the documented unit cost of each call and, once YouTube says quotaExceeded,
/// refuses every call until the next midnight in America/Los_Angeles, when Google resets the quota.
/// </summary>
internal sealed class YouTubeQuota(TimeProvider timeProvider, int dailyUnits)
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private readonly Lock _gate = new();
    private DateOnly _day;
    private int _used;
    private DateTimeOffset? _exhaustedUntil;

    public void ThrowIfExhausted()
    {
        lock (_gate)
        {
            if (_exhaustedUntil is { } until && timeProvider.GetUtcNow() < until)
            {
                throw new ChannelQuotaExceededException($"YouTube daily quota is spent; calls resume at {until:O}.", until);
            }
        }
    }

    public void Charge(int units)
    {
        lock (_gate)
        {
            RollOver();
            _used += units;
        }
    }

    /// <summary>Records YouTube's quotaExceeded answer and returns when the quota comes back.</summary>
    public DateTimeOffset MarkExhausted()
    {
        lock (_gate)
        {
            RollOver();
            _used = Math.Max(_used, dailyUnits);
            _exhaustedUntil = NextReset(timeProvider.GetUtcNow());
            return _exhaustedUntil.Value;
        }
    }

    public RateLimitSnapshot Snapshot()
    {
        lock (_gate)
        {
            RollOver();
            return new RateLimitSnapshot(dailyUnits, Math.Max(0, dailyUnits - _used), NextReset(timeProvider.GetUtcNow()));
        }
    }

    /// <summary>Midnight after <paramref name="now"/> in Pacific time (PST or PDT, whichever applies then).</summary>
    public static DateTimeOffset NextReset(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Pacific);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, Pacific.GetUtcOffset(midnight));
    }

    private void RollOver()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Pacific).Date);
        if (today != _day)
        {
            _day = today;
            _used = 0;
        }
    }
}
