using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

public sealed record SetChannelSourceCommand(string Key, DataCollectionSource? Source);

/// <summary>
/// Declares whether a channel carries organic posts or a company-run data collection (survey, chatbot flow, PSP, market
/// research); adverse events found there start as spontaneous or solicited reports accordingly (R2). Audited.
/// </summary>
public sealed class SetChannelSourceHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task HandleAsync(SetChannelSourceCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("set a channel's data-collection source");
        var validation = new Validation().Required("source", command.Source);
        if (command.Source is { } value && !Enum.IsDefined(value))
        {
            validation.Add("source", "Source must be organic, companySurvey, chatbotFlow, patientSupportProgramme or marketResearch.");
        }

        validation.ThrowIfInvalid();
        var key = command.Key.Trim().ToLowerInvariant();
        var channel = await db.Channels.SingleOrDefaultAsync(item => item.Key == key, cancellationToken) ?? throw new NotFoundException("Channel", command.Key);
        var before = channel.Source;
        channel.SetSource(command.Source!.Value);
        audit.Record("channel.source_set", nameof(Channel), channel.Id, new { source = before }, new { source = channel.Source });
        await db.SaveChangesAsync(cancellationToken);
    }
}
