namespace CareDesk.Domain.Pharmacovigilance.Delivery;

/// <summary>
/// An escalation to the PV lead about one hand-off (R15): delivery failed, no acknowledgement in time, or a
/// negative acknowledgement. Stored and never deleted, so the reconciliation can show what was escalated and when.
/// </summary>
public sealed class PvAlert
{
    public const int MaxDetailLength = 2000;

    private PvAlert()
    {
        MessageId = string.Empty;
        Detail = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PvIntakeId { get; private set; }

    public int CaseNumber { get; private set; }

    public string MessageId { get; private set; }

    public PvAlertKind Kind { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string Detail { get; private set; }

    public static PvAlert Raise(PvIntake intake, PvAlertKind kind, string detail, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        PvIntakeId = intake.Id,
        CaseNumber = intake.CaseNumber,
        MessageId = intake.IcsrMessageId ?? intake.SafetyReportId,
        Kind = kind,
        RaisedAt = at,
        Detail = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail,
    };
}
