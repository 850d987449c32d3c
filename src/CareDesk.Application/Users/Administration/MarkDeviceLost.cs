using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Users.Administration;

/// <summary>
/// Loss or compromise (21 CFR 11.300(c), R34): every session of the user ends and every issued cookie stops working at
/// its next request, because the account's session version moves on. Raises a security alert.
/// </summary>
public sealed class MarkDeviceLostHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
    : AdministerUserAccount(db, actor, audit)
{
    public Task<UserAccountView> HandleAsync(string userName, string? reason, CancellationToken cancellationToken) =>
        ApplyAsync(userName, "user.device_lost", DeactivateUserAccountHandler.RequireReason(reason), async user =>
        {
            var now = time.GetUtcNow();
            user.RevokeSessions();
            await EndOpenSessionsAsync(user.UserName, SessionEndReasons.DeviceLost, now, cancellationToken);
            Db.SecurityAlerts.Add(SecurityAlert.Raise(user.UserName, SecurityAlert.DeviceLost, $"Device reported lost by {Actor.UserName}; all sessions revoked.", now));
        }, cancellationToken);
}
