using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;

namespace CareDesk.Application.Retention;

public sealed record SetLegalHoldCommand(int CaseNumber, bool Hold, string? Reason);

/// <summary>Places or releases a legal hold on a case (supervisors and admins), with its reason, audited.</summary>
public sealed class SetLegalHoldHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task HandleAsync(SetLegalHoldCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("place or release legal holds");
        new Validation().Required("reason", command.Reason).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var before = new { subject.OnLegalHold, subject.LegalHoldReason };
        if (command.Hold)
        {
            subject.PlaceLegalHold(command.Reason!, time.GetUtcNow());
        }
        else
        {
            subject.ReleaseLegalHold(time.GetUtcNow());
        }

        audit.Record(command.Hold ? "case.legal_hold_placed" : "case.legal_hold_released", "Case", subject.Id, before,
            new { subject.OnLegalHold, subject.LegalHoldReason }, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
