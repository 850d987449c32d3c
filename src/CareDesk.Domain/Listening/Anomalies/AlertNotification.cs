namespace CareDesk.Domain.Listening.Anomalies;

public enum AlertNotificationStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>One alert going to one route's target: the outbox row for e-mail and webhooks, the inbox row for in-app.</summary>
public sealed class AlertNotification
{
    public const int MaxErrorLength = 500;
    public const int MaxAttempts = 5;

    private AlertNotification()
    {
        Target = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AlertId { get; private set; }

    public Guid RuleId { get; private set; }

    public AlertDelivery Delivery { get; private set; }

    public string Target { get; private set; }

    public AlertNotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When an in-app recipient opened it.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    public static AlertNotification For(ListeningAlert alert, AlertRoutingRule rule, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        AlertId = alert.Id,
        RuleId = rule.Id,
        Delivery = rule.Delivery,
        Target = rule.Target,
        // An in-app notification is delivered by being stored; the others wait for the dispatcher.
        Status = rule.Delivery == AlertDelivery.InApp ? AlertNotificationStatus.Sent : AlertNotificationStatus.Pending,
        SentAt = rule.Delivery == AlertDelivery.InApp ? at : null,
        CreatedAt = at,
    };

    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        Status = AlertNotificationStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <summary>Records a failed try; after <see cref="MaxAttempts"/> the row stops being retried and shows as failed.</summary>
    public void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        Status = Attempts >= MaxAttempts ? AlertNotificationStatus.Failed : AlertNotificationStatus.Pending;
    }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
