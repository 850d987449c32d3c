namespace CareDesk.Domain.Cases;

public enum CaseStatus
{
    New,
    Open,
    Waiting,
    Escalated,
    Resolved,
}
