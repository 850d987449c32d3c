using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

public sealed record DeliverIcsrsResult(int Delivered, int Retrying, int Failed);

/// <summary>
/// Sends every due outbox row through its transport (R15): a success starts the acknowledgement wait on the case's
/// business calendar, a failure is audited and retried with backoff, and the last failure raises an escalation.
/// Each row is saved on its own, so a crash mid-batch never sends a delivered ICSR twice.
/// </summary>
public sealed class DeliverIcsrsHandler(IAppDbContext db, IEnumerable<IIcsrTransport> transports, AuditTrail audit, PvAlerts alerts,
    IOptions<PvDeliveryOptions> options, TimeProvider time)
{
    public async Task<DeliverIcsrsResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.IcsrDeliveries
            .Where(delivery => delivery.Status == IcsrDeliveryStatus.Pending && delivery.NextAttemptAt <= now)
            .OrderBy(delivery => delivery.NextAttemptAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        int delivered = 0, retrying = 0, failed = 0;
        foreach (var delivery in due)
        {
            var intake = await db.PvIntakes.SingleAsync(item => item.Id == delivery.PvIntakeId, cancellationToken);
            var before = IcsrDeliverySnapshot.Of(delivery);
            var attemptAt = time.GetUtcNow();
            try
            {
                var transport = transports.FirstOrDefault(item => item.Kind == delivery.Transport)
                    ?? throw new InvalidOperationException($"No ICSR transport '{delivery.Transport}' is configured.");
                var receipt = await transport.SendAsync(new IcsrEnvelope(delivery.MessageId, intake.SafetyReportId, intake.CaseNumber, intake.IcsrXml!), cancellationToken);
                var subject = await db.LoadCaseAsync(intake.CaseNumber, cancellationToken);
                var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
                delivery.RecordDelivered(receipt, attemptAt, calendar.AddBusinessTime(attemptAt, options.Value.AckTimeout));
                audit.Record("pv.icsr_delivered", "IcsrDelivery", delivery.Id, before, IcsrDeliverySnapshot.Of(delivery));
                delivered++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var gaveUp = delivery.RecordFailure(exception.Message, attemptAt, options.Value.RetryPolicy);
                audit.Record("pv.icsr_delivery_failed", "IcsrDelivery", delivery.Id, before, IcsrDeliverySnapshot.Of(delivery), exception.Message);
                if (gaveUp)
                {
                    alerts.Raise(intake, PvAlertKind.DeliveryFailed, $"ICSR {delivery.MessageId} could not be delivered after {delivery.Attempts} attempt(s): {exception.Message}", attemptAt);
                    failed++;
                }
                else
                {
                    retrying++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await alerts.NotifyRaisedAsync(cancellationToken);
        return new DeliverIcsrsResult(delivered, retrying, failed);
    }
}
