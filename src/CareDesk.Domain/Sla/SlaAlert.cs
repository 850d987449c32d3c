namespace CareDesk.Domain.Sla;

/// <summary>A warning or breach raised by the sweeper; shown in the queue and to supervisors.</summary>
public sealed class SlaAlert
{
    private SlaAlert()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int CaseNumber { get; private set; }

    public Guid ClockId { get; private set; }

    public SlaClockKind ClockKind { get; private set; }

    public SlaAlertKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public static SlaAlert Raise(int caseNumber, SlaClock clock, SlaAlertKind kind, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = clock.CaseId,
        CaseNumber = caseNumber,
        ClockId = clock.Id,
        ClockKind = clock.Kind,
        Kind = kind,
        DueAt = clock.DueAt,
        RaisedAt = at,
    };
}
