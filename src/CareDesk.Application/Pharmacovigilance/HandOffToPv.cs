using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Application.Pharmacovigilance.E2b;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record HandOffToPvCommand(int CaseNumber);

public sealed record HandOffToPvResult(string SafetyReportId, string MessageId);

/// <summary>
/// Sends a valid ICSR to PV (R15): writes the E2B(R3) message, keeps it on the intake as sent, escalates the case to
/// pharmacovigilance (which meets the PV hand-off clock) and audits it, all in one unit of work. Where the organisation
/// has a transport configured, the same unit of work queues the outbox row the delivery worker sends.
/// </summary>
public sealed class HandOffToPvHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, IOptions<PvOptions> options,
    IOptions<PvDeliveryOptions> delivery, TimeProvider time)
{
    public async Task<HandOffToPvResult> HandleAsync(HandOffToPvCommand command, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var meddraLoaded = await db.MeddraReleases.AnyAsync(cancellationToken);
        intake.CheckReadyForHandoff(meddraLoaded);
        var now = time.GetUtcNow();
        var posts = await db.LoadPostsAsync(subject, cancellationToken);
        var messageId = $"{intake.SafetyReportId}-{now.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)}";
        var xml = IcsrBuilder.Write(IcsrContentFactory.Create(subject, intake, posts, options.Value, messageId, now));

        var before = PvIntakeSnapshot.Of(intake);
        intake.HandOff(messageId, xml, actor.UserName, now, meddraLoaded);
        subject.Escalate(EscalationTarget.Pharmacovigilance, now, await db.LoadCalendarForAsync(subject, cancellationToken));
        audit.Record("pv.handed_off", "PvIntake", intake.Id, before, PvIntakeSnapshot.Of(intake));
        audit.Record("case.escalated", "Case", subject.Id, null, new { target = EscalationTarget.Pharmacovigilance, icsrMessageId = messageId });
        if (delivery.Value.Transport != IcsrTransportKind.None)
        {
            var queued = IcsrDelivery.Queue(intake, delivery.Value.Transport, now);
            db.IcsrDeliveries.Add(queued);
            audit.Record("pv.icsr_delivery_queued", "IcsrDelivery", queued.Id, null, IcsrDeliverySnapshot.Of(queued));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new HandOffToPvResult(intake.SafetyReportId, messageId);
    }
}
