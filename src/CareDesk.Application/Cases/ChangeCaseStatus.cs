using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Csat;
using CareDesk.Application.Training;
using CareDesk.Domain.Cases;

namespace CareDesk.Application.Cases;

public sealed record ChangeCaseStatusCommand(int CaseNumber, CaseStatus Status, string? Reason);

/// <summary>
/// Moves a case between open, waiting and resolved; waiting pauses the response clock (never the PV clock). Resolving
/// sends the satisfaction survey in the same unit of work.
/// </summary>
public sealed class ChangeCaseStatusHandler(IAppDbContext db, AuditTrail audit, CsatSurveySender csat, TimeProvider time, TrainingGate training)
{
    public async Task HandleAsync(ChangeCaseStatusCommand command, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        await training.RequireCurrentOnChannelAsync(subject.ChannelId, "triage cases", cancellationToken);
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var before = CaseSnapshot.Of(subject);
        subject.ChangeStatus(command.Status, time.GetUtcNow(), calendar);
        audit.Record("case.status_changed", "Case", subject.Id, before, CaseSnapshot.Of(subject), command.Reason);
        if (before.Status != CaseStatus.Resolved && subject.Status == CaseStatus.Resolved)
        {
            await csat.SendAfterResolutionAsync(subject, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
