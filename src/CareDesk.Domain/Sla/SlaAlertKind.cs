namespace CareDesk.Domain.Sla;

public enum SlaAlertKind
{
    Warning,
    Breach,
}
