namespace CareDesk.Domain.Sla;

public enum SlaClockKind
{
    /// <summary>Time to the first public or private reply to the customer.</summary>
    FirstResponse,

    /// <summary>Time to hand a possible adverse event to pharmacovigilance; never paused.</summary>
    PvHandoff,
}
