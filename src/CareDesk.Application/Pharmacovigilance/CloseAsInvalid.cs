using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record CloseAsInvalidCommand(int CaseNumber, string? Reason, string? Exception);

/// <summary>Closes an incomplete report as invalid/non-reportable once the R8 follow-up attempts (or an exception) are on record.</summary>
public sealed class CloseAsInvalidHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(CloseAsInvalidCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("reason", command.Reason).MaxLength("reason", command.Reason, 500).MaxLength("exception", command.Exception, 500).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var now = time.GetUtcNow();
        var before = CaseSnapshot.Of(subject);
        intake.CloseAsInvalid(command.Exception, now);
        subject.CloseAsNotReportable(now, await db.LoadCalendarForAsync(subject, cancellationToken));
        audit.Record("pv.closed_invalid", "PvIntake", intake.Id, null,
            new { intake.ClosedInvalidAt, intake.FollowUpException, attempts = intake.FollowUps.Count(task => task.IsDone) }, command.Reason!.Trim());
        audit.Record("case.status_changed", "Case", subject.Id, before, CaseSnapshot.Of(subject), command.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}
