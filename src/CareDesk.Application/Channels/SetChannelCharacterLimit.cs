using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

public sealed record SetChannelCharacterLimitCommand(string ChannelKey, int? PostCharacterLimit);

/// <summary>Sets a channel's live post character limit when it is below the network's (R23: promotional posts must fit it).</summary>
public sealed class SetChannelCharacterLimitHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<int> HandleAsync(SetChannelCharacterLimitCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change channel character limits");
        var channel = await db.Channels.SingleOrDefaultAsync(item => item.Key == command.ChannelKey, cancellationToken)
            ?? throw new NotFoundException("Channel", command.ChannelKey);
        var before = channel.PostCharacterLimit;
        channel.SetPostCharacterLimit(command.PostCharacterLimit);
        audit.Record("channel.character_limit_set", nameof(Channel), channel.Id, new { postCharacterLimit = before }, new { channel.PostCharacterLimit, channel.EffectiveCharacterLimit });
        await db.SaveChangesAsync(cancellationToken);
        return channel.EffectiveCharacterLimit;
    }
}
