namespace CareDesk.Domain.Triage;

/// <summary>
/// What the adverse-event detector concluded about one post and why: the model score at its operating point,
/// the suspect drugs, the event spans, whose experience it is, the ICH four minimum criteria (R5) and special
/// situations (R6). Offsets are .NET string offsets into the post text.
/// </summary>
public sealed record AdverseEventAssessment(
    double Score,
    bool Detected,
    string OperatingPoint,
    double Threshold,
    string ModelVersion,
    IReadOnlyList<DrugEvidence> Drugs,
    IReadOnlyList<EventEvidence> Events,
    string Experiencer,
    MinimumCriteria Criteria,
    IReadOnlyList<SpecialSituationEvidence> SpecialSituations);

public sealed record DrugEvidence(string Name, string Matched, int Start, int End);

public sealed record EventEvidence(string Text, int Start, int End, bool Negated, bool IsIndication);

public sealed record SpecialSituationEvidence(string Kind, string Text, int Start, int End);

public sealed record CriterionEvidence(bool Met, string? Evidence, int? Start, int? End)
{
    public static CriterionEvidence Missing { get; } = new(false, null, null, null);
}

/// <summary>Identifiable reporter, identifiable patient, suspect product, adverse event: each with its supporting text.</summary>
public sealed record MinimumCriteria(CriterionEvidence Reporter, CriterionEvidence Patient, CriterionEvidence Product, CriterionEvidence Event)
{
    public bool AllMet => Reporter.Met && Patient.Met && Product.Met && Event.Met;
}
