namespace CareDesk.Domain.Security;

/// <summary>One record an incident touched, as found in the audit trail (e.g. "Case", "57", "adverse event").</summary>
public sealed record AffectedRecord(string RecordType, string RecordId, string Description);
