using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

/// <summary>
/// R1: raises one screening-gap alert for each ingested channel whose last successful ingestion is older than its
/// configured maximum gap (a stopped connector, expired credentials, a quota spent), naming the channel and the
/// last-ingested time. A channel keeps one open alert until it ingests again.
/// </summary>
public sealed class CheckScreeningGapsHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<IReadOnlyList<ScreeningGapAlert>> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var channels = await db.Channels.Where(channel => channel.IngestionEnabled).ToListAsync(cancellationToken);
        var health = await db.ChannelHealth.ToDictionaryAsync(item => item.ChannelId, cancellationToken);
        var alreadyOpen = (await db.ScreeningGapAlerts.Where(alert => alert.ResolvedAt == null).Select(alert => alert.ChannelId).ToListAsync(cancellationToken)).ToHashSet();
        var raised = new List<ScreeningGapAlert>();
        foreach (var channel in channels.Where(channel => !alreadyOpen.Contains(channel.Id)))
        {
            if (ScreeningGapAlert.Check(channel, health.GetValueOrDefault(channel.Id), now) is { } alert)
            {
                db.ScreeningGapAlerts.Add(alert);
                audit.Record("channel.screening_gap", nameof(ScreeningGapAlert), alert.Id, null, new { channel = channel.Key, alert.LastIngestedAt, alert.MaxGap, alert.RaisedAt });
                raised.Add(alert);
            }
        }

        if (raised.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return raised;
    }
}
