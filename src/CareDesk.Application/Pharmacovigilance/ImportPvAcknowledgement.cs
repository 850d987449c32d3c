using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Application.Pharmacovigilance.E2b;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record ImportPvAcknowledgementCommand(string? Xml);

public sealed record AcknowledgementOutcome(string Target, int? CaseNumber, string Code, bool Accepted, string? ReceiverReportNumber);

public sealed record ImportPvAcknowledgementResult(string BatchCode, IReadOnlyList<AcknowledgementOutcome> Messages, IReadOnlyList<string> Unmatched);

/// <summary>
/// Records the safety database's E2B acknowledgement on each hand-off it answers (R15), matched by ICSR message
/// number or safety report id; answers that match no hand-off are reported back, never dropped silently. A negative
/// answer (CR, or a batch answered AE/AR) raises a PV escalation; an answer after the overdue escalation still reconciles.
/// </summary>
public sealed class ImportPvAcknowledgementHandler(IAppDbContext db, AuditTrail audit, PvAlerts alerts, TimeProvider time)
{
    public async Task<ImportPvAcknowledgementResult> HandleAsync(ImportPvAcknowledgementCommand command, CancellationToken cancellationToken)
    {
        new Common.Validation().Required("acknowledgement", command.Xml).ThrowIfInvalid();
        var acknowledgement = IcsrAcknowledgementReader.Read(command.Xml!);
        var handedOff = await db.PvIntakes.Where(intake => intake.HandedOffAt != null).ToListAsync(cancellationToken);
        var outcomes = new List<AcknowledgementOutcome>();
        var unmatched = new List<string>();
        var now = time.GetUtcNow();
        foreach (var message in acknowledgement.Messages)
        {
            var intake = handedOff.FirstOrDefault(item => message.TargetIds.Contains(item.IcsrMessageId!) || message.TargetIds.Contains(item.SafetyReportId));
            var target = string.Join(' ', message.TargetIds);
            if (intake is null || !AcknowledgementCode.IsKnown(message.Code))
            {
                unmatched.Add(target);
                outcomes.Add(new AcknowledgementOutcome(target, null, message.Code, message.Accepted, message.LocalReportNumber));
                continue;
            }

            var before = PvIntakeSnapshot.Of(intake);
            intake.RecordAcknowledgement(message.Code, message.LocalReportNumber, message.Detail, now);
            audit.Record("pv.acknowledged", "PvIntake", intake.Id, before, PvIntakeSnapshot.Of(intake), message.Detail);
            outcomes.Add(new AcknowledgementOutcome(target, intake.CaseNumber, message.Code, message.Accepted, message.LocalReportNumber));
            if (!message.Accepted || !AcknowledgementCode.IsAccepted(acknowledgement.BatchCode))
            {
                alerts.Raise(intake, PvAlertKind.NegativeAck,
                    $"PV answered {message.Code} (batch {acknowledgement.BatchCode}) for ICSR {intake.IcsrMessageId}: {message.Detail ?? "no detail"}", now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await alerts.NotifyRaisedAsync(cancellationToken);
        return new ImportPvAcknowledgementResult(acknowledgement.BatchCode, outcomes, unmatched);
    }
}
