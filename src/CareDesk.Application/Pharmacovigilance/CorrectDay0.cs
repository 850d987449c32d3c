using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record CorrectDay0Command(int CaseNumber, DateTimeOffset? MinimumCriteriaMetAt, string? Reason);

/// <summary>The only way to change Day 0 (R3): supervisors, with a reason; the audit trail keeps old and new values.</summary>
public sealed class CorrectDay0Handler(IAppDbContext db, ICurrentActor actor, AuditTrail audit)
{
    public async Task HandleAsync(CorrectDay0Command command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("correct Day 0");
        new Validation().Required("minimumCriteriaMetAt", command.MinimumCriteriaMetAt).Required("reason", command.Reason).ThrowIfInvalid();
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var before = intake.MinimumCriteriaMetAt;
        intake.CorrectDay0(command.MinimumCriteriaMetAt!.Value.ToUniversalTime(), command.Reason);
        audit.Record("pv.day0_corrected", "PvIntake", intake.Id, new { minimumCriteriaMetAt = before },
            new { minimumCriteriaMetAt = intake.MinimumCriteriaMetAt, originalMinimumCriteriaMetAt = intake.OriginalMinimumCriteriaMetAt }, command.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}
