using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

/// <summary>The ingested channels whose next screening slot (or rate-limit reset) has come, for the poller.</summary>
public sealed class ListChannelsDueForPollingHandler(IAppDbContext db, IEnumerable<IChannelConnector> connectors, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pollable = connectors.Select(connector => connector.Kind).ToHashSet();
        var channels = await db.Channels.AsNoTracking().Where(channel => channel.IngestionEnabled).ToListAsync(cancellationToken);
        var health = await db.ChannelHealth.AsNoTracking().ToDictionaryAsync(item => item.ChannelId, cancellationToken);
        return [.. channels
            .Where(channel => pollable.Contains(channel.Kind) && (health.GetValueOrDefault(channel.Id)?.IsDue(now) ?? true))
            .OrderBy(channel => health.GetValueOrDefault(channel.Id)?.NextAttemptAt ?? DateTimeOffset.MinValue)
            .Select(channel => channel.Key)];
    }
}
