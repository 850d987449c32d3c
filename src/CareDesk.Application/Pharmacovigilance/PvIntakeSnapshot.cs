using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance;

/// <summary>The fields of an intake that an audit entry shows before and after a change (the ICSR XML is left out).</summary>
internal static class PvIntakeSnapshot
{
    public static object Of(PvIntake intake) => new
    {
        intake.CaseNumber,
        intake.SafetyReportId,
        intake.PlatformPostedAt,
        intake.IngestedAt,
        intake.MinimumCriteriaMetAt,
        intake.Reporter,
        intake.Patient,
        intake.Product,
        intake.Event,
        intake.ReporterQualification,
        intake.QualificationDefaulted,
        intake.ReporterCountry,
        intake.CountryDefaulted,
        intake.Seriousness,
        intake.SpecialSituations,
        intake.HasAdverseEvent,
        intake.Classification,
        intake.PatientSex,
        intake.PatientAgeYears,
        intake.PatientAgeGroup,
        intake.AdditionalReactions,
        intake.EventLanguage,
        intake.EventTranslation,
        intake.EventMeddra,
        intake.EventPreCode,
        intake.EventRecodeReason,
        intake.ReportType,
        intake.Causality,
        intake.DuplicateOfCaseNumber,
        intake.HandedOffAt,
        intake.IcsrMessageId,
        intake.AckCode,
        intake.AckReceiverReportNumber,
    };
}
