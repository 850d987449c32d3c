using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Training;
using CareDesk.Domain.Cases;

namespace CareDesk.Application.Cases;

public sealed record EscalateCaseCommand(int CaseNumber, EscalationTarget Target, string? Note);

/// <summary>Hands a case to PV, Quality or Medical Information; a PV hand-off stops the PV clock.</summary>
public sealed class EscalateCaseHandler(IAppDbContext db, AuditTrail audit, TimeProvider time, TrainingGate training)
{
    public async Task HandleAsync(EscalateCaseCommand command, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        await training.RequireCurrentOnChannelAsync(subject.ChannelId, "triage cases", cancellationToken);
        var before = CaseSnapshot.Of(subject);
        subject.Escalate(command.Target, time.GetUtcNow(), await db.LoadCalendarForAsync(subject, cancellationToken));
        audit.Record("case.escalated", "Case", subject.Id, before, new { target = command.Target, after = CaseSnapshot.Of(subject) }, command.Note);
        await db.SaveChangesAsync(cancellationToken);
    }
}
