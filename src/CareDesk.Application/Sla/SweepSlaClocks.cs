using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Sla;

public sealed record SweepResult(int Warnings, int Breaches);

/// <summary>
/// Raises each due warning and breach once: an alert row for the queue and supervisors, an audit entry, and on
/// breach the case is raised to urgent so it tops the queue.
/// </summary>
public sealed class SweepSlaClocksHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<SweepResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cases = await db.Cases.Include(item => item.Clocks)
            .Where(item => item.Clocks.Any(clock => clock.Status == SlaClockStatus.Running
                && ((clock.WarnedAt == null && clock.WarnAt <= now) || (clock.BreachedAt == null && clock.DueAt <= now))))
            .ToListAsync(cancellationToken);

        int warnings = 0, breaches = 0;
        foreach (var subject in cases)
        {
            foreach (var clock in subject.Clocks)
            {
                foreach (var kind in clock.Sweep(now))
                {
                    db.SlaAlerts.Add(SlaAlert.Raise(subject.Number, clock, kind, now));
                    audit.Record(kind == SlaAlertKind.Warning ? "sla.warning" : "sla.breached", nameof(Case), subject.Id, null,
                        new { caseNumber = subject.Number, clock = clock.Kind, clock.DueAt, raisedAt = now });
                    if (kind == SlaAlertKind.Warning)
                    {
                        warnings++;
                    }
                    else
                    {
                        breaches++;
                        subject.EscalatePriorityForBreach(now);
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SweepResult(warnings, breaches);
    }
}
