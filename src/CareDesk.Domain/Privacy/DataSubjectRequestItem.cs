namespace CareDesk.Domain.Privacy;

/// <summary>One record the request touched, what happened to it and why (the item-by-item DSAR log, R42).</summary>
public sealed record DataSubjectRequestItem(string RecordType, string RecordId, string Description, DataSubjectRequestOutcome Outcome, string Reason);

public enum DataSubjectRequestOutcome
{
    Erased,
    Retained,
    Exported,
    Rectified,
    Restricted,

    /// <summary>The request was refused for this record; the reason says why.</summary>
    Refused,
}
