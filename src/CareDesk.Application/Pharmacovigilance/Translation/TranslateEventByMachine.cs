using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance.Translation;

public sealed record TranslateEventByMachineCommand(int CaseNumber, string? SourceLanguage = null);

/// <summary>
/// R17: machine-translates the event verbatim (E.i.1.1a) into English (E.i.1.2) through the translation port. The verbatim
/// stays as written with its ISO 639-2 code (E.i.1.1b); the case history says "MT by engine version".
/// </summary>
public sealed class TranslateEventByMachineHandler(IAppDbContext db, IMachineTranslator translator, AuditTrail audit, TimeProvider time)
{
    public async Task<EventTranslation> HandleAsync(TranslateEventByMachineCommand command, CancellationToken cancellationToken)
    {
        new Validation().Language("sourceLanguage", command.SourceLanguage).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var verbatim = intake.Event.Evidence;
        if (string.IsNullOrWhiteSpace(verbatim))
        {
            throw ValidationFailedException.For("event.evidence", "Record the event verbatim before translating it.");
        }

        var result = await translator.TranslateAsync(verbatim, command.SourceLanguage?.Trim().ToLowerInvariant(), TranslationFields.English, cancellationToken);
        new Validation().Language("sourceLanguage", result.SourceLanguage).ThrowIfInvalid();
        var before = PvIntakeSnapshot.Of(intake);
        var translation = new EventTranslation(TranslationFields.Limit(result.Text), true, result.Engine, result.EngineVersion, time.GetUtcNow());
        intake.SetEventLanguage(result.SourceLanguage);
        intake.Translate(translation);
        audit.Record("pv.event_translated", nameof(PvIntake), intake.Id, before, PvIntakeSnapshot.Of(intake), translation.Label);
        audit.Record("case.event_translated", nameof(Case), subject.Id, null, new { language = intake.EventLanguage, translation = translation.Text }, translation.Label);
        await db.SaveChangesAsync(cancellationToken);
        return translation;
    }
}
