using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Ingestion;

public sealed record RecordIngestDeadLetterCommand(string MessageId, string? ChannelKey, string? ConversationKey, string Body, string Reason, string SourceQueue, int DeliveryCount);

/// <summary>
/// Keeps a message the bus gave up on, with its reason, and audits it in the same commit: a poison message is never
/// silently dropped. Idempotent on the message id, because the dead-letter queue re-delivers too.
/// </summary>
public sealed class RecordIngestDeadLetterHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<bool> HandleAsync(RecordIngestDeadLetterCommand command, CancellationToken cancellationToken)
    {
        if (await db.IngestDeadLetters.AnyAsync(letter => letter.MessageId == command.MessageId, cancellationToken))
        {
            return false;
        }

        var letter = IngestDeadLetter.Record(command.MessageId, command.ChannelKey, command.ConversationKey, command.Body, command.Reason,
            command.SourceQueue, command.DeliveryCount, time.GetUtcNow());
        db.IngestDeadLetters.Add(letter);
        audit.Record("ingest.dead_lettered", nameof(IngestDeadLetter), letter.Id, null,
            new { letter.MessageId, letter.ChannelKey, letter.SourceQueue, letter.DeliveryCount }, letter.Reason);
        await db.SaveChangesAsync(cancellationToken);
        IngestTelemetry.DeadLettered.Add(1);
        return true;
    }
}
