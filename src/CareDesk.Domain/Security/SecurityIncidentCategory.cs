namespace CareDesk.Domain.Security;

public enum SecurityIncidentCategory
{
    UnauthorisedExport,
    UnauthorisedAccess,
    LostOrStolenDevice,
    Other,
}
