using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <summary>A person has seen the alert: it is stamped, the user's in-app notifications of it are marked read, and it is audited.</summary>
public sealed class AcknowledgeListeningAlertHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ListeningAlertDto> HandleAsync(Guid alertId, CancellationToken cancellationToken)
    {
        var alert = await db.ListeningAlerts.SingleOrDefaultAsync(found => found.Id == alertId, cancellationToken) ?? throw new NotFoundException("Listening alert", alertId);
        var now = time.GetUtcNow();
        if (alert.AcknowledgedAt is null)
        {
            alert.Acknowledge(actor.UserName, now);
            audit.Record("listening.alert_acknowledged", nameof(ListeningAlert), alert.Id, null, new { alert.AcknowledgedAt, alert.AcknowledgedBy });
        }

        var mine = await db.AlertNotifications.Where(found => found.AlertId == alertId && found.Delivery == AlertDelivery.InApp && found.Target == actor.UserName).ToListAsync(cancellationToken);
        mine.ForEach(notification => notification.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        var brand = await db.Brands.AsNoTracking().Where(found => found.Id == alert.BrandId).Select(found => found.Name).SingleAsync(cancellationToken);
        return ListeningAlertDto.Of(alert, brand);
    }
}
