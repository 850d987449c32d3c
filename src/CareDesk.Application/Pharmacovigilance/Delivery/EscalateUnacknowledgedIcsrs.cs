using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>
/// R15 "the unacknowledged case escalates to PV lead after the SLA": a delivered ICSR still without an
/// acknowledgement at its due time is marked overdue (once), audited and escalated. A late acknowledgement still
/// reconciles; the overdue mark and the alert stay as history.
/// </summary>
public sealed class EscalateUnacknowledgedIcsrsHandler(IAppDbContext db, AuditTrail audit, PvAlerts alerts, TimeProvider time)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = await db.IcsrDeliveries
            .Where(delivery => delivery.Status == IcsrDeliveryStatus.Delivered && delivery.AckOverdueAt == null && delivery.AckDueAt <= now)
            .ToListAsync(cancellationToken);
        var intakeIds = waiting.Select(delivery => delivery.PvIntakeId).ToList();
        var intakes = await db.PvIntakes.Where(intake => intakeIds.Contains(intake.Id)).ToDictionaryAsync(intake => intake.Id, cancellationToken);
        var escalated = 0;
        foreach (var delivery in waiting.Where(delivery => delivery.IsAckOverdue(intakes[delivery.PvIntakeId], now)))
        {
            var before = IcsrDeliverySnapshot.Of(delivery);
            delivery.MarkAckOverdue(now);
            audit.Record("pv.ack_overdue", "IcsrDelivery", delivery.Id, before, IcsrDeliverySnapshot.Of(delivery));
            alerts.Raise(intakes[delivery.PvIntakeId], PvAlertKind.AckOverdue,
                $"No acknowledgement for ICSR {delivery.MessageId} since delivery at {delivery.DeliveredAt:u} (due {delivery.AckDueAt:u}).", now);
            escalated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await alerts.NotifyRaisedAsync(cancellationToken);
        return escalated;
    }
}
