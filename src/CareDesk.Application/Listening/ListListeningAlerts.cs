using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <summary>Listening alerts, newest first, with the in-app notifications addressed to the signed-in user.</summary>
public sealed record ListeningAlertsView(IReadOnlyList<ListeningAlertDto> Alerts, IReadOnlyList<AlertNotificationDto> MyNotifications);

public sealed class ListListeningAlertsHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<ListeningAlertsView> HandleAsync(int take, CancellationToken cancellationToken)
    {
        var brands = await db.Brands.AsNoTracking().ToDictionaryAsync(brand => brand.Id, brand => brand.Name, cancellationToken);
        var alerts = await db.ListeningAlerts.AsNoTracking().OrderByDescending(alert => alert.RaisedAt).ThenByDescending(alert => alert.Severity)
            .Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        var mine = await db.AlertNotifications.AsNoTracking()
            .Where(notification => notification.Delivery == Domain.Listening.Anomalies.AlertDelivery.InApp && notification.Target == actor.UserName)
            .OrderByDescending(notification => notification.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return new ListeningAlertsView([.. alerts.Select(alert => ListeningAlertDto.Of(alert, brands[alert.BrandId]))], [.. mine.Select(AlertNotificationDto.Of)]);
    }
}
