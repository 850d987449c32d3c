namespace CareDesk.Domain.Channels;

/// <summary>
/// Where a channel's connector stands: its checkpoint on the network, when it last read successfully, its last error
/// and the network's rate-limit state. One row per channel, updated on every poll (the channel's settings stay audited
/// on <see cref="Channel"/>).
/// </summary>
public sealed class ChannelHealth
{
    public const int MaxErrorLength = 2000;
    public const int MaxCheckpointLength = 4000;

    private ChannelHealth()
    {
    }

    public Guid ChannelId { get; private set; }

    /// <summary>The connector's opaque position (since ids, cursors, IMAP UID); saved only after the items before it are stored.</summary>
    public string? Checkpoint { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Not before this moment: the next screening slot, or the network's rate-limit reset / quota reset.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>True while the network refuses us for rate or quota reasons.</summary>
    public bool RateLimited { get; private set; }

    public int? RateLimitLimit { get; private set; }

    public double? RateLimitRemaining { get; private set; }

    public DateTimeOffset? RateLimitResetsAt { get; private set; }

    public long ItemsIngested { get; private set; }

    public static ChannelHealth For(Guid channelId) => new() { ChannelId = channelId };

    public bool IsDue(DateTimeOffset now) => NextAttemptAt is null || NextAttemptAt <= now;

    public void RecordSuccess(DateTimeOffset at, string? checkpoint, int items, TimeSpan screeningInterval)
    {
        LastAttemptAt = at;
        LastSuccessAt = at;
        Checkpoint = checkpoint ?? Checkpoint;
        ItemsIngested += items;
        RateLimited = false;
        NextAttemptAt = at + screeningInterval;
    }

    /// <summary>Webhook deliveries count as successful ingestion too: the channel is being screened.</summary>
    public void RecordPush(DateTimeOffset at, int items)
    {
        LastSuccessAt = at;
        ItemsIngested += items;
    }

    public void RecordFailure(DateTimeOffset at, string error, DateTimeOffset? retryAt, bool rateLimited, TimeSpan screeningInterval)
    {
        LastAttemptAt = at;
        LastErrorAt = at;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        RateLimited = rateLimited;
        NextAttemptAt = retryAt is { } retry && retry > at ? retry : at + screeningInterval;
    }

    public void RecordRateLimit(int? limit, double? remaining, DateTimeOffset? resetsAt)
    {
        RateLimitLimit = limit;
        RateLimitRemaining = remaining;
        RateLimitResetsAt = resetsAt;
    }

    /// <summary>Lets "poll now" run at once instead of waiting for the next slot (a rate-limit wait still holds).</summary>
    public void RequestImmediatePoll(DateTimeOffset now)
    {
        if (!RateLimited)
        {
            NextAttemptAt = now;
        }
    }
}
