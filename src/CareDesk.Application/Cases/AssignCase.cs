using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Training;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Cases;

public sealed record AssignCaseCommand(int CaseNumber, string? Assignee, string? Team);

public sealed class AssignCaseHandler(IAppDbContext db, AuditTrail audit, TimeProvider time, TrainingGate training)
{
    public async Task HandleAsync(AssignCaseCommand command, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        await training.RequireCurrentOnChannelAsync(subject.ChannelId, "triage cases", cancellationToken);
        var assignee = command.Assignee?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(assignee) && !await db.Users.AnyAsync(user => user.UserName == assignee && user.Active, cancellationToken))
        {
            throw ValidationFailedException.For("assignee", $"There is no active user '{command.Assignee}'.");
        }

        var before = CaseSnapshot.Of(subject);
        subject.Assign(assignee, command.Team, time.GetUtcNow());
        audit.Record("case.assigned", "Case", subject.Id, before, CaseSnapshot.Of(subject));
        await db.SaveChangesAsync(cancellationToken);
    }
}
