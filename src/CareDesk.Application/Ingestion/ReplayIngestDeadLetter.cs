using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Ingestion;

public sealed record ReplayIngestDeadLetterResult(Guid Id, bool Stored, int Created, int Duplicates, string? Failure);

/// <summary>
/// Puts a dead letter through intake again once its cause is fixed (say, the missing channel now exists). Intake is
/// idempotent, so replaying an item that was stored after all only finds the duplicate. A replay that still fails leaves
/// the letter open with the new reason in the audit trail; nothing is deleted either way.
/// </summary>
public sealed class ReplayIngestDeadLetterHandler(IAppDbContext db, ConsumeIngestItemHandler intake, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ReplayIngestDeadLetterResult> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var letter = await db.IngestDeadLetters.SingleOrDefaultAsync(found => found.Id == id, cancellationToken)
            ?? throw new NotFoundException("Dead letter", id);
        if (!letter.IsOpen)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["id"] = [$"Dead letter {id} was already replayed by {letter.ReplayedBy} at {letter.ReplayedAt:u}."],
            });
        }

        try
        {
            var item = IngestItem.Decode(Encoding.UTF8.GetBytes(letter.Body));
            var result = await intake.HandleAsync(item, cancellationToken);
            letter.MarkReplayed(actor.UserName, time.GetUtcNow());
            audit.Record("ingest.dead_letter_replayed", nameof(IngestDeadLetter), letter.Id, null,
                new { letter.MessageId, letter.ChannelKey, result.Created, result.Repeats }, null);
            await db.SaveChangesAsync(cancellationToken);
            return new ReplayIngestDeadLetterResult(letter.Id, true, result.Created, result.Repeats, null);
        }
        catch (PoisonIngestItemException poison)
        {
            audit.Record("ingest.dead_letter_replay_failed", nameof(IngestDeadLetter), letter.Id, null, new { letter.MessageId }, poison.Message);
            await db.SaveChangesAsync(cancellationToken);
            return new ReplayIngestDeadLetterResult(letter.Id, false, 0, 0, poison.Message);
        }
    }
}
