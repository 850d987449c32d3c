using CareDesk.Application.Cases;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Meddra;

namespace CareDesk.Application.Pharmacovigilance;

/// <summary>R3 awareness timestamps; none editable, Day 0 only through an audited correction that keeps the original.</summary>
public sealed record AwarenessDto(
    DateTimeOffset PlatformPostedAt,
    DateTimeOffset IngestedAt,
    DateTimeOffset? FirstSeenByHumanAt,
    DateTimeOffset? MinimumCriteriaMetAt,
    DateTimeOffset? OriginalMinimumCriteriaMetAt,
    DateTimeOffset? CriteriaConfirmedAt,
    string? CriteriaConfirmedBy);

/// <summary>R4: Day 0 in the reporting zone and the calendar due date; <c>DaysLeft</c> drives the red/amber badge.</summary>
public sealed record DeadlineDto(DateOnly Day0, DateOnly DueOn, bool Expedited, int DaysLeft, string State);

public sealed record HandoffDto(DateTimeOffset HandedOffAt, string HandedOffBy, string MessageId, string? AckCode, bool? Accepted,
    DateTimeOffset? AckReceivedAt, string? ReceiverReportNumber, string? AckDetail);

public sealed record DuplicateCandidateDto(int CaseNumber, string Author, string Channel, string Summary, string Reason);

public sealed record PvIntakeDto(
    int CaseNumber,
    string SafetyReportId,
    string Author,
    string Channel,
    string SourceText,
    AwarenessDto Awareness,
    DeadlineDto? Deadline,
    SlaClockDto? HandoffClock,
    ConfirmedCriterion Reporter,
    ConfirmedCriterion Patient,
    ConfirmedCriterion Product,
    ConfirmedCriterion Event,
    bool IsValidIcsr,
    ReporterQualification ReporterQualification,
    bool QualificationDefaulted,
    string ReporterCountry,
    bool CountryDefaulted,
    Seriousness Seriousness,
    bool IsSerious,
    bool PossiblySerious,
    ReportType ReportType,
    string? Causality,
    IReadOnlyList<string> HandoffBlockers,
    IReadOnlyList<FollowUpTask> FollowUps,
    int? DuplicateOfCaseNumber,
    string? DuplicateOfReportId,
    HandoffDto? Handoff,
    DateTimeOffset? ClosedInvalidAt,
    string? FollowUpException,
    IReadOnlyList<SpecialSituation> SpecialSituations,
    bool HasAdverseEvent,
    string Classification,
    PatientSex? PatientSex,
    int? PatientAgeYears,
    PatientAgeGroup? PatientAgeGroup,
    IReadOnlyList<Reaction> AdditionalReactions,
    bool ReporterContactWithheld = false)
{
    /// <summary>E.i.1.1b, ISO 639-2 (R17).</summary>
    public string EventLanguage { get; init; } = "eng";

    public EventTranslation? EventTranslation { get; init; }

    public MeddraCoding? EventMeddra { get; init; }

    public PreCode? EventPreCode { get; init; }

    public string? EventRecodeReason { get; init; }
}
