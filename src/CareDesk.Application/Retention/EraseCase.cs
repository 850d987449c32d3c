using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Common;

namespace CareDesk.Application.Retention;

public sealed record EraseCaseCommand(int CaseNumber, string? Reason);

/// <summary>
/// Erases the personal data of one case before its retention ends (a privacy request). Refused for adverse-event
/// records and cases on legal hold; the refusal itself is audited, so the periodic review can show it (R37).
/// </summary>
public sealed class EraseCaseHandler(IAppDbContext db, AuditTrail audit, IAuditKeyStore keys, ICurrentActor actor, TimeProvider time)
{
    public async Task HandleAsync(EraseCaseCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("erase case data");
        new Validation().Required("reason", command.Reason).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ApplyRetentionHandler.AnonymiseAsync(db, keys, subject, time.GetUtcNow(), cancellationToken);
            audit.Record("case.erased", "Case", subject.Id, null, new { subject.Number }, command.Reason);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (BusinessRuleViolationException refusal)
        {
            db.ChangeTracker.Clear();
            audit.Record("case.erase_refused", "Case", subject.Id, null, new { subject.Number, refusal = refusal.Message }, command.Reason);
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }
    }
}
