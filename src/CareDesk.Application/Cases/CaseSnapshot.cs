using CareDesk.Domain.Cases;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Cases;

/// <summary>The fields of a case an auditor compares before and after a change.</summary>
public sealed record CaseSnapshot(
    int Number,
    CaseStatus Status,
    IReadOnlyList<TriageLabel> Labels,
    Priority Priority,
    string? Assignee,
    string? Team,
    IReadOnlyList<EscalationTarget> EscalatedTo,
    DateTimeOffset? NextDueAt)
{
    public static CaseSnapshot Of(Case subject) => new(
        subject.Number, subject.Status, [.. subject.Labels], subject.Priority, subject.Assignee, subject.Team, [.. subject.EscalatedTo], subject.NextDueAt);
}
