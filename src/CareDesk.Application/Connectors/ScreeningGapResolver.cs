using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

/// <summary>Closes a channel's open screening-gap alert once it ingests again (part of the poll and webhook use cases' unit of work).</summary>
public sealed class ScreeningGapResolver(IAppDbContext db, AuditTrail audit)
{
    public async Task ResolveAsync(Channel channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var open = await db.ScreeningGapAlerts.Where(alert => alert.ChannelId == channel.Id && alert.ResolvedAt == null).ToListAsync(cancellationToken);
        foreach (var alert in open)
        {
            alert.Resolve(at);
            audit.Record("channel.screening_gap_resolved", nameof(ScreeningGapAlert), alert.Id, null, new { channel = channel.Key, alert.RaisedAt, resolvedAt = at });
        }
    }
}
