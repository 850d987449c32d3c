using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

internal static class ChannelHealthLookup
{
    /// <summary>The channel's health row, added to the unit of work on its first poll or push.</summary>
    public static async Task<ChannelHealth> HealthOfAsync(this IAppDbContext db, Guid channelId, CancellationToken cancellationToken)
    {
        var health = await db.ChannelHealth.SingleOrDefaultAsync(found => found.ChannelId == channelId, cancellationToken);
        if (health is null)
        {
            health = ChannelHealth.For(channelId);
            db.ChannelHealth.Add(health);
        }

        return health;
    }
}
