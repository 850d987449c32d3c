using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>Everything one E2B(R3) ICSR carries, already decided; the builder only writes it.</summary>
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
    string ReactionAsReported,
    string DrugAsReported,
    Seriousness Seriousness,
    string? Causality,
    string Narrative);
