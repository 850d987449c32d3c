using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Users.Administration;

public sealed record SecurityAlertView(Guid Id, string UserName, string Kind, string Detail, DateTimeOffset RaisedAt);

/// <summary>Security alerts for admins, newest first (R34).</summary>
public sealed class ListSecurityAlertsHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<IReadOnlyList<SecurityAlertView>> HandleAsync(CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var alerts = await db.SecurityAlerts.AsNoTracking().ToListAsync(cancellationToken);
        return alerts.OrderByDescending(alert => alert.RaisedAt).Select(alert => new SecurityAlertView(alert.Id, alert.UserName, alert.Kind, alert.Detail, alert.RaisedAt)).ToList();
    }
}
