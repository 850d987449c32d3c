using CareDesk.Domain.Security;

namespace CareDesk.Application.Security.Incidents;

public sealed record SecurityIncidentDto(
    int Number, string Title, string Description, SecurityIncidentCategory Category, DateTimeOffset DetectedAt, DateTimeOffset NotificationDueAt,
    bool NotificationOverdue, string RaisedBy, bool AutoRaised, IReadOnlyList<long> SourceAuditSequences, IReadOnlyList<AffectedRecord> AffectedRecords,
    IReadOnlyList<NotificationStep> Steps, DateTimeOffset? ClosedAt, string? ClosedBy = null, string? ClosingSummary = null)
{
    public static SecurityIncidentDto Of(SecurityIncident incident, DateTimeOffset now) => new(
        incident.Number, incident.Title, incident.Description, incident.Category, incident.DetectedAt, incident.NotificationDueAt,
        incident.IsNotificationOverdue(now), incident.RaisedBy, incident.AutoRaised, incident.SourceAuditSequences, incident.AffectedRecords, incident.Steps,
        incident.ClosedAt, incident.ClosedBy, incident.ClosingSummary);
}
