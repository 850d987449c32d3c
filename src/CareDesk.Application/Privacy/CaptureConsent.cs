using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Privacy;

public sealed record CaptureConsentCommand(string? ChannelKey, string? Handle, ProcessingPurpose Purpose, ConsentDecision Decision, string? Text,
    string? Version, string? Scope, string? Source);

/// <summary>
/// Writes one answer to the consent ledger (R41). Declining private contact also withholds the reporter's contact from
/// any PV intake already open for that person: the report itself still goes to PV.
/// </summary>
public sealed class CaptureConsentHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ConsentRecordDto> HandleAsync(CaptureConsentCommand command, CancellationToken cancellationToken)
    {
        new Validation()
            .Required("channelKey", command.ChannelKey)
            .Required("handle", command.Handle)
            .MaxLength("handle", command.Handle, ConsentRecord.MaxShortLength)
            .Required("text", command.Text)
            .MaxLength("text", command.Text, ConsentRecord.MaxTextLength)
            .Required("version", command.Version)
            .MaxLength("version", command.Version, 20)
            .Required("scope", command.Scope)
            .MaxLength("scope", command.Scope, ConsentRecord.MaxShortLength)
            .Required("source", command.Source)
            .MaxLength("source", command.Source, ConsentRecord.MaxShortLength)
            .ThrowIfInvalid();
        var record = ConsentRecord.Capture(command.ChannelKey!, command.Handle!, command.Purpose, command.Decision, command.Text!, command.Version!,
            command.Scope!, command.Source!, actor.UserName, time.GetUtcNow());
        db.ConsentRecords.Add(record);
        audit.Record("consent.captured", nameof(ConsentRecord), record.Id, null, ConsentRecordDto.Of(record));
        if (record.Purpose == ProcessingPurpose.FollowUpContact && record.Decision == ConsentDecision.Declined)
        {
            foreach (var intake in await db.IntakesOfAsync(record.ChannelKey, record.Handle, cancellationToken))
            {
                intake.WithholdReporterContact();
                audit.Record("pv.reporter_contact_withheld", "PvIntake", intake.Id, null, new { intake.CaseNumber, consent = record.Id });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ConsentRecordDto.Of(record);
    }
}
