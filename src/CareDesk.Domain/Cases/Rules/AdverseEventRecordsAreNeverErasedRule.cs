using CareDesk.Domain.Common;

namespace CareDesk.Domain.Cases.Rules;

/// <summary>Records linked to a possible adverse event are PV records: kept for the PV retention period, never erased by a job or a person.</summary>
public sealed class AdverseEventRecordsAreNeverErasedRule(Case subject) : IBusinessRule
{
    public bool IsBroken() => subject.IsAdverseEventRecord;

    public string Message => $"Case {subject.Number} is linked to a possible adverse event: its records cannot be deleted or anonymised.";

    public string? Field => "caseNumber";
}
