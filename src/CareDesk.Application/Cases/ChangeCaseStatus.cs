using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Cases;

namespace CareDesk.Application.Cases;

public sealed record ChangeCaseStatusCommand(int CaseNumber, CaseStatus Status, string? Reason);

/// <summary>Moves a case between open, waiting and resolved; waiting pauses the response clock (never the PV clock).</summary>
public sealed class ChangeCaseStatusHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(ChangeCaseStatusCommand command, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var before = CaseSnapshot.Of(subject);
        subject.ChangeStatus(command.Status, time.GetUtcNow(), calendar);
        audit.Record("case.status_changed", "Case", subject.Id, before, CaseSnapshot.Of(subject), command.Reason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
