using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance.Meddra;
using CareDesk.Domain.Pharmacovigilance.Rules;

namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>The event's verbatim language and translation (R17) and its MedDRA coding or open pre-code (R11).</summary>
public sealed partial class PvIntake
{
    public const int LanguageCodeLength = 3;
    public const int MaxRecodeReasonLength = 300;

    /// <summary>E2B E.i.1.1b: ISO 639-2 code of the language the event verbatim (E.i.1.1a, the event evidence) was written in.</summary>
    public string EventLanguage { get; private set; } = "eng";

    /// <summary>E2B E.i.1.2, when the verbatim is not English.</summary>
    public EventTranslation? EventTranslation { get; private set; }

    public MeddraCoding? EventMeddra { get; private set; }

    public PreCode? EventPreCode { get; private set; }

    /// <summary>Set when a MedDRA upgrade retired (or dropped) the coded LLT: the event must be recoded before export.</summary>
    public string? EventRecodeReason { get; private set; }

    public void SetEventLanguage(string iso639_2) => EventLanguage = iso639_2.Trim().ToLowerInvariant();

    public void Translate(EventTranslation? translation) => EventTranslation = translation;

    public void CodeEvent(MeddraCoding coding)
    {
        EventMeddra = coding;
        EventRecodeReason = null;
    }

    public void PreCodeEvent(PreCode preCode) => EventPreCode = preCode;

    /// <summary>
    /// Re-validates the coded LLT against a newly loaded release: a term still current there moves to the new version (its PT
    /// may change); one retired or gone keeps its old coding and is flagged for recoding. Returns whether anything changed.
    /// </summary>
    public bool Revalidate(string version, MeddraTerm? term)
    {
        if (EventMeddra is not { } coded || coded.Version == version)
        {
            return false;
        }

        if (term is { IsCurrent: true })
        {
            CodeEvent(term.ToCoding(version));
            return true;
        }

        EventRecodeReason = term is null
            ? $"LLT {coded.LltCode} '{coded.LltName}' is not in MedDRA {version}: recode the event."
            : $"LLT {coded.LltCode} '{coded.LltName}' is non-current in MedDRA {version}: recode the event.";
        return true;
    }

    /// <summary>What must hold before any E2B file leaves CareDesk, even a draft export (R11).</summary>
    public void CheckExportable(bool meddraLoaded)
    {
        BusinessRules.Check(new NonMeddraPreCodeCannotBeSubmittedRule(EventPreCode, EventMeddra));
        BusinessRules.Check(new RetiredLltMustBeRecodedRule(EventRecodeReason));
        BusinessRules.Check(new EventMustBeMeddraCodedRule(meddraLoaded, EventMeddra));
    }
}
