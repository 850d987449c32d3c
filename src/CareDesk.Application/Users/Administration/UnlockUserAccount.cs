using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;

namespace CareDesk.Application.Users.Administration;

/// <summary>An admin unlocks an account locked by repeated wrong passwords, saying why (R34).</summary>
public sealed class UnlockUserAccountHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit)
    : AdministerUserAccount(db, actor, audit)
{
    public Task<UserAccountView> HandleAsync(string userName, string? reason, CancellationToken cancellationToken) =>
        ApplyAsync(userName, "user.unlocked", DeactivateUserAccountHandler.RequireReason(reason), user =>
        {
            user.Unlock();
            return Task.CompletedTask;
        }, cancellationToken);
}
