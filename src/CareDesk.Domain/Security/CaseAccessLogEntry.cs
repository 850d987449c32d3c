namespace CareDesk.Domain.Security;

/// <summary>
/// One read of a case by a person or a system (R39 access logging): who, in which role, through which door, when, and
/// whether they saw the personal data or a masked view. Append-only; kept apart from the hash-chained audit trail
/// because reads are many and change nothing.
/// </summary>
public sealed class CaseAccessLogEntry
{
    public const int MaxNameLength = 80;

    private CaseAccessLogEntry()
    {
        UserName = Role = Via = Purpose = string.Empty;
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int CaseNumber { get; private set; }

    public string UserName { get; private set; }

    public string Role { get; private set; }

    public string Via { get; private set; }

    /// <summary>What was read: "case details", "case record PDF"...</summary>
    public string Purpose { get; private set; }

    public bool Masked { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static CaseAccessLogEntry Record(Guid caseId, int caseNumber, string userName, string role, string via, string purpose, bool masked, DateTimeOffset at) =>
        new()
        {
            CaseId = caseId,
            CaseNumber = caseNumber,
            UserName = userName,
            Role = role,
            Via = via,
            Purpose = purpose,
            Masked = masked,
            At = at,
        };
}
