using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

public sealed record SetPageModerationCommand(string ChannelKey, ModerationMode? Mode);

/// <summary>Supervisors choose per owned page: no moderation, post-moderation, or pre-moderation (hidden until screened).</summary>
public sealed class SetPageModerationHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<PageModerationDto> HandleAsync(SetPageModerationCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change how a page is moderated");
        new Validation().Required("mode", command.Mode).ThrowIfInvalid();
        var key = command.ChannelKey.Trim().ToLowerInvariant();
        var channel = await db.Channels.SingleOrDefaultAsync(found => found.Key == key, cancellationToken) ?? throw new NotFoundException("Channel", key);
        var page = await db.PageModerations.SingleOrDefaultAsync(found => found.ChannelId == channel.Id, cancellationToken);
        var before = page?.Mode;
        if (page is null)
        {
            page = PageModeration.For(channel.Id, command.Mode!.Value, actor.UserName, time.GetUtcNow());
            db.PageModerations.Add(page);
        }
        else
        {
            page.Change(command.Mode!.Value, actor.UserName, time.GetUtcNow());
        }

        audit.Record("moderation.mode_changed", "Channel", channel.Id, new { mode = before }, new { mode = page.Mode });
        await db.SaveChangesAsync(cancellationToken);
        return new PageModerationDto(channel.Key, channel.Name, page.Mode);
    }
}
