using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;

namespace CareDesk.Application.Users.Administration;

/// <summary>"Deleting" a user: the account stops working at once and its id is retired for good (R34).</summary>
public sealed class DeactivateUserAccountHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
    : AdministerUserAccount(db, actor, audit)
{
    public Task<UserAccountView> HandleAsync(string userName, string? reason, CancellationToken cancellationToken) =>
        ApplyAsync(userName, "user.deactivated", RequireReason(reason), async user =>
        {
            if (user.UserName == Actor.UserName)
            {
                throw new ForbiddenException("Admins cannot deactivate their own account.");
            }

            var now = time.GetUtcNow();
            user.Deactivate(now);
            await EndOpenSessionsAsync(user.UserName, SessionEndReasons.Deactivated, now, cancellationToken);
        }, cancellationToken);

    internal static string RequireReason(string? reason)
    {
        new Validation().Required("reason", reason).MaxLength("reason", reason, 500).ThrowIfInvalid();
        return reason!.Trim();
    }
}
