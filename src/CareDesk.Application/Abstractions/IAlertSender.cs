using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Application.Abstractions;

/// <summary>The alert as sent to e-mail and webhook targets: no post text and no author, only counts and links.</summary>
public sealed record AlertMessage(Guid AlertId, string Brand, ListeningAlertKind Kind, int Severity, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, string Summary, string Link);

/// <summary>Delivers a listening alert to an e-mail address or a webhook. Throws on failure; the dispatcher retries.</summary>
public interface IAlertSender
{
    /// <param name="secret">The webhook's HMAC secret (null for e-mail).</param>
    Task SendAsync(AlertDelivery delivery, string target, string? secret, AlertMessage message, CancellationToken cancellationToken);
}
