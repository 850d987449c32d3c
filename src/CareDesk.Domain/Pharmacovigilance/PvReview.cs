namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>What a human confirms on the PV intake form: the four criteria with evidence, reporter details, seriousness, report type.</summary>
public sealed record PvReview(
    ConfirmedCriterion Reporter,
    ConfirmedCriterion Patient,
    ConfirmedCriterion Product,
    ConfirmedCriterion Event,
    ReporterQualification? Qualification,
    string? Country,
    Seriousness Seriousness,
    ReportType ReportType,
    string? Causality);
