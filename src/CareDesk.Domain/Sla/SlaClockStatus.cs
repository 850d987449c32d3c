namespace CareDesk.Domain.Sla;

public enum SlaClockStatus
{
    Running,
    Paused,
    Met,
}
