namespace CareDesk.Domain.Channels;

/// <summary>
/// R1: a channel went longer than its maximum screening gap without a successful ingestion, so posts on it may be
/// waiting unscreened. Raised once per gap; resolved by the next successful ingestion, never deleted.
/// </summary>
public sealed class ScreeningGapAlert
{
    private ScreeningGapAlert()
    {
        ChannelKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChannelId { get; private set; }

    public string ChannelKey { get; private set; }

    /// <summary>The last successful ingestion (null: never ingested since ingestion was switched on).</summary>
    public DateTimeOffset? LastIngestedAt { get; private set; }

    public TimeSpan MaxGap { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The alert to raise now, or null when the channel is within its gap (or is not being ingested).</summary>
    public static ScreeningGapAlert? Check(Channel channel, ChannelHealth? health, DateTimeOffset now)
    {
        if (!channel.IngestionEnabled)
        {
            return null;
        }

        var since = health?.LastSuccessAt ?? channel.IngestionEnabledAt;
        if (since is null || now - since <= channel.MaxScreeningGap)
        {
            return null;
        }

        return new ScreeningGapAlert
        {
            Id = Guid.NewGuid(),
            ChannelId = channel.Id,
            ChannelKey = channel.Key,
            LastIngestedAt = health?.LastSuccessAt,
            MaxGap = channel.MaxScreeningGap,
            RaisedAt = now,
        };
    }

    public void Resolve(DateTimeOffset at) => ResolvedAt ??= at;
}
