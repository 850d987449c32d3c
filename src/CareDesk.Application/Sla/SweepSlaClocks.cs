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
        var raised = new List<SlaAlert>();
        foreach (var subject in cases)
        {
            foreach (var clock in subject.Clocks)
            {
                foreach (var kind in clock.Sweep(now))
                {
                    var alert = SlaAlert.Raise(subject.Number, clock, kind, now);
                    raised.Add(alert);
                    db.SlaAlerts.Add(alert);
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Several workers sweep the same database: the unique index on (clock, kind) let exactly one of them raise
            // each alert and escalate its case; this sweep's whole batch rolled back, and the next tick re-reads.
            if (await RaisedByAnotherSweeperAsync(raised, cancellationToken))
            {
                return new SweepResult(0, 0);
            }

            throw;
        }

        return new SweepResult(warnings, breaches);
    }

    /// <summary>True when one of the alerts this sweep tried to raise has meanwhile been raised by someone else.</summary>
    private async Task<bool> RaisedByAnotherSweeperAsync(List<SlaAlert> attempted, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var clockIds = attempted.Select(alert => alert.ClockId).ToList();
        var existing = await db.SlaAlerts.AsNoTracking().Where(alert => clockIds.Contains(alert.ClockId))
            .Select(alert => new { alert.ClockId, alert.Kind }).ToListAsync(cancellationToken);
        return attempted.Any(alert => existing.Contains(new { alert.ClockId, alert.Kind }));
    }
}
