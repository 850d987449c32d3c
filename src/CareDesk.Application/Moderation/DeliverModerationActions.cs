using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Connectors;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

public sealed record DeliverModerationActionsResult(int Delivered, int Waiting);

/// <summary>
/// Makes the pending hide, unhide and delete changes on the networks through the channel's connector; a refused
/// action (network down, token refused, or the network saying no) stays pending for the next run and is never marked
/// done. Only channels switched on for ingestion have a live connection. Run by the channel poller on every round.
/// </summary>
public sealed class DeliverModerationActionsHandler(IAppDbContext db, IEnumerable<IChannelConnector> connectors, AuditTrail audit, TimeProvider time)
{
    public async Task<DeliverModerationActionsResult> HandleAsync(CancellationToken cancellationToken)
    {
        var live = await db.Channels.Where(channel => channel.IngestionEnabled).ToDictionaryAsync(channel => channel.Id, cancellationToken);
        var pending = await (from item in db.ModeratedItems
                             where item.PendingAction != null
                             join post in db.Posts on item.PostId equals post.Id
                             select new { item, post.ExternalId }).ToListAsync(cancellationToken);
        int delivered = 0, waiting = 0;
        foreach (var row in pending)
        {
            var connector = live.TryGetValue(row.item.ChannelId, out var channel) ? connectors.FirstOrDefault(found => found.Kind == channel.Kind) : null;
            if (connector is null)
            {
                waiting++;
                continue;
            }

            var kind = row.item.PendingAction switch
            {
                PlatformModerationAction.Hide => ChannelActionKind.Hide,
                PlatformModerationAction.Unhide => ChannelActionKind.Unhide,
                _ => ChannelActionKind.Remove,
            };
            try
            {
                var result = await connector.ExecuteAsync(new ChannelAction(kind, channel!.Key, channel.AccountId, row.ExternalId), cancellationToken);
                if (!result.Succeeded)
                {
                    waiting++;
                    continue;
                }

                row.item.MarkDelivered(time.GetUtcNow());
                audit.Record("moderation.delivered", nameof(ModeratedItem), row.item.Id, null, new { channel = channel.Key, action = kind.ToString() });
                await db.SaveChangesAsync(cancellationToken);
                delivered++;
            }
            catch (Exception refused) when (refused is ChannelUnavailableException or ChannelAuthorizationException)
            {
                waiting++;
            }
        }

        return new DeliverModerationActionsResult(delivered, waiting);
    }
}
