using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Application.Listening;

public sealed record ListeningAlertDto(Guid Id, string Brand, ListeningAlertKind Kind, int Severity, DateTimeOffset WindowStart, DateTimeOffset WindowEnd,
    int Observed, double Expected, string Summary, int Posts, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, Guid? CrisisRoomId)
{
    public static ListeningAlertDto Of(ListeningAlert alert, string brand) => new(alert.Id, brand, alert.Kind, alert.Severity, alert.WindowStart, alert.WindowEnd,
        alert.Observed, alert.Expected, alert.Summary, alert.PostIds.Count, alert.RaisedAt, alert.AcknowledgedAt, alert.AcknowledgedBy, alert.CrisisRoomId);
}

public sealed record AlertNotificationDto(Guid Id, Guid AlertId, AlertDelivery Delivery, string Target, AlertNotificationStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError, DateTimeOffset? ReadAt)
{
    public static AlertNotificationDto Of(AlertNotification notification) => new(notification.Id, notification.AlertId, notification.Delivery, notification.Target,
        notification.Status, notification.Attempts, notification.CreatedAt, notification.SentAt, notification.LastError, notification.ReadAt);
}
