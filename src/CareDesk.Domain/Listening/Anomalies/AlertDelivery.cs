namespace CareDesk.Domain.Listening.Anomalies;

public enum AlertDelivery
{
    /// <summary>To an e-mail address, through the outbox the mail relay reads.</summary>
    Email,

    /// <summary>An HTTP POST of the alert as JSON, signed with HMAC-SHA256 of the body.</summary>
    Webhook,

    /// <summary>A notification a CareDesk user sees on the alerts page.</summary>
    InApp,
}
