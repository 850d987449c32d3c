using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance.Translation;

public sealed record RecordEventTranslationCommand(int CaseNumber, string? Language, string? Translation);

/// <summary>
/// R17: a person states the verbatim's language (ISO 639-2) and, for a non-English verbatim, enters the English translation.
/// Needs no engine, so it works offline; the translator is the signed-in user.
/// </summary>
public sealed class RecordEventTranslationHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public async Task<EventTranslation?> HandleAsync(RecordEventTranslationCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation().Required("language", command.Language).Language("language", command.Language)
            .MaxLength("translation", command.Translation, EventTranslation.MaxTextLength);
        var language = command.Language?.Trim().ToLowerInvariant();
        if (language is not null && language != TranslationFields.English && string.IsNullOrWhiteSpace(command.Translation))
        {
            validation.Add("translation", "A verbatim that is not in English needs its English translation.");
        }

        validation.ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        intake.SetEventLanguage(language!);
        var translation = string.IsNullOrWhiteSpace(command.Translation) ? null
            : new EventTranslation(command.Translation.Trim(), false, actor.UserName, null, time.GetUtcNow());
        intake.Translate(translation);
        audit.Record("pv.event_translated", nameof(PvIntake), intake.Id, before, PvIntakeSnapshot.Of(intake), translation?.Label);
        audit.Record("case.event_translated", nameof(Case), subject.Id, null, new { language, translation = translation?.Text }, translation?.Label);
        await db.SaveChangesAsync(cancellationToken);
        return translation;
    }
}
