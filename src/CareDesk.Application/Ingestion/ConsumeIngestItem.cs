using CareDesk.Application.Abstractions;
using CareDesk.Application.Connectors;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Ingestion;

/// <summary>
/// What a bus consumer does with one item: the same intake as a webhook or a poll (idempotent on channel + external id,
/// screened, filed into its thread's case, all in one commit). Safe to run twice for the same item, which at-least-once
/// delivery will do after a worker dies between commit and ack.
/// </summary>
public sealed class ConsumeIngestItemHandler(IAppDbContext db, ReceiveChannelEventsHandler receive, ScreeningGapResolver gaps, TimeProvider time)
{
    public async Task<ReceiveChannelEventsResult> HandleAsync(IngestItem item, CancellationToken cancellationToken)
    {
        var channel = await db.Channels.SingleOrDefaultAsync(found => found.Key == item.ChannelKey, cancellationToken)
            ?? throw new PoisonIngestItemException($"No channel '{item.ChannelKey}' exists in this database; the item cannot be filed anywhere.");

        var result = await receive.HandleAsync(channel, [item.Event], item.ReceivedAt, cancellationToken);
        var now = time.GetUtcNow();
        if (result.Created > 0)
        {
            var health = await db.HealthOfAsync(channel.Id, cancellationToken);
            health.RecordPush(now, result.Created);
            await gaps.ResolveAsync(channel, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        IngestTelemetry.Processed.Add(1);
        IngestTelemetry.Lag.Record(Math.Max(0, (now - item.ReceivedAt).TotalMilliseconds));
        return result;
    }
}

/// <summary>An item no retry can ever store (unreadable, or for a channel that does not exist): dead-lettered at once with this reason.</summary>
public sealed class PoisonIngestItemException(string message, Exception? inner = null) : Exception(message, inner);
