using CareDesk.Domain.Pharmacovigilance;

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
    string? SenderComments);

/// <summary>What is known about the patient: D.5 sex, D.2.2 age at onset in years, D.2.3 age group; each may be unknown.</summary>
public sealed record IcsrPatient(PatientSex? Sex, int? AgeYears, PatientAgeGroup? AgeGroup);
