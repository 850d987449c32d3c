using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Meddra;

namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>Everything one E2B(R3) ICSR carries, already decided; the builder only writes it. At least one reaction (E.i), one per event.</summary>
public sealed record IcsrContent(
    string BatchId,
    string MessageId,
    DateTimeOffset CreatedAt,
    string SenderId,
    string ReceiverId,
    string SenderOrganisation,
    string SafetyReportId,
    string WorldwideCaseId,
    IReadOnlyList<string> LinkedReportIds,
    ReportType ReportType,
    DateTimeOffset FirstReceivedAt,
    DateTimeOffset MostRecentInformationAt,
    bool Expedited,
    string ReporterHandle,
    ReporterQualification ReporterQualification,
    string ReporterCountry,
    string? PatientDescription,
    IcsrPatient Patient,
    IReadOnlyList<Reaction> Reactions,
    string DrugAsReported,
    string? Causality,
    string Narrative,
    string? SenderComments)
{
    /// <summary>How the first reaction (the confirmed event) is written: language, MedDRA coding and translation (R11, R17).</summary>
    public IcsrEventText PrimaryEvent { get; init; } = IcsrEventText.English;
}

/// <summary>E.i.1.1b language of the verbatim, E.i.2.1a/b MedDRA version and LLT (null: not coded), E.i.1.2 English translation.</summary>
public sealed record IcsrEventText(string Language, MeddraCoding? Meddra, string? Translation)
{
    public static readonly IcsrEventText English = new("eng", null, null);
}

/// <summary>What is known about the patient: D.5 sex, D.2.2 age at onset in years, D.2.3 age group; each may be unknown.</summary>
public sealed record IcsrPatient(PatientSex? Sex, int? AgeYears, PatientAgeGroup? AgeGroup);
