using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record RecordFollowUpAttemptCommand(int CaseNumber, FollowUpChannel Channel, string? TemplateJobCode, int? TemplateVersion, string? Outcome);

/// <summary>Documents one follow-up attempt on the next scheduled task (R8); a public reply is refused.</summary>
public sealed class RecordFollowUpAttemptHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public async Task<FollowUpTask> HandleAsync(RecordFollowUpAttemptCommand command, CancellationToken cancellationToken)
    {
        new Validation()
            .Required("outcome", command.Outcome)
            .MaxLength("outcome", command.Outcome, FollowUpTask.MaxOutcomeLength)
            .MaxLength("templateJobCode", command.TemplateJobCode, 64)
            .ThrowIfInvalid();
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var attempt = intake.RecordFollowUpAttempt(command.Channel, command.TemplateJobCode?.Trim(), command.TemplateVersion, actor.UserName,
            command.Outcome!.Trim(), time.GetUtcNow());
        audit.Record("pv.follow_up_attempted", "PvIntake", intake.Id, null, attempt);
        await db.SaveChangesAsync(cancellationToken);
        return attempt;
    }
}
