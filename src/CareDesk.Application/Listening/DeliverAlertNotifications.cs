using CareDesk.Application.Abstractions;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

public sealed record DeliverAlertNotificationsResult(int Sent, int Failed);

/// <summary>
/// Sends pending e-mail and webhook notifications of listening alerts, one try each per run; a failure is recorded on
/// the row and retried on the next run, up to <see cref="AlertNotification.MaxAttempts"/> tries.
/// </summary>
public sealed class DeliverAlertNotificationsHandler(IAppDbContext db, IAlertSender sender, TimeProvider time)
{
    public async Task<DeliverAlertNotificationsResult> HandleAsync(CancellationToken cancellationToken)
    {
        var pending = await db.AlertNotifications.Where(notification => notification.Status == AlertNotificationStatus.Pending)
            .OrderBy(notification => notification.CreatedAt).Take(100).ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var notification in pending)
        {
            var alert = await db.ListeningAlerts.AsNoTracking().SingleAsync(found => found.Id == notification.AlertId, cancellationToken);
            var brand = await db.Brands.AsNoTracking().Where(found => found.Id == alert.BrandId).Select(found => found.Name).SingleAsync(cancellationToken);
            var secret = await db.AlertRoutingRules.AsNoTracking().Where(rule => rule.Id == notification.RuleId).Select(rule => rule.Secret).SingleAsync(cancellationToken);
            var message = new AlertMessage(alert.Id, brand, alert.Kind, alert.Severity, alert.WindowStart, alert.WindowEnd, alert.Summary, $"/alerts#alert-{alert.Id:N}");
            try
            {
                await sender.SendAsync(notification.Delivery, notification.Target, secret, message, cancellationToken);
                notification.MarkSent(time.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException or AlertDeliveryFailedException)
            {
                notification.MarkFailed(exception.Message);
                failed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DeliverAlertNotificationsResult(sent, failed);
    }
}
