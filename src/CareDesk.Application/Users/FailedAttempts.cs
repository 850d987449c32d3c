using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Users;

/// <summary>
/// Counts a wrong password against an account and saves it at once, because the caller then throws and its unit of
/// work is dropped; the attempt that reaches the limit locks the account and raises an audited security alert (R34).
/// </summary>
internal static class FailedAttempts
{
    public static async Task<bool> RecordAsync(this IAppDbContext db, AuditTrail audit, UserAccount user, string where, int maxAttempts, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var locked = user.RecordFailedAttempt(maxAttempts, now);
        if (locked)
        {
            var alert = SecurityAlert.Raise(user.UserName, SecurityAlert.AccountLocked, $"{maxAttempts} wrong {where} passwords in a row; the account is locked until an admin unlocks it.", now);
            db.SecurityAlerts.Add(alert);
            audit.Record("user.locked", nameof(UserAccount), user.Id, new { locked = false }, new { locked = true, user.LockedAt, alert.Detail });
            audit.Record("security.alert_raised", nameof(SecurityAlert), alert.Id, null, new { alert.UserName, alert.Kind, alert.Detail, alert.RaisedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        return locked;
    }
}
