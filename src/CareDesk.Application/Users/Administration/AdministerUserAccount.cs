using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Users.Administration;

/// <summary>Loads an account for an admin action and records the action with before and after in one unit of work.</summary>
public abstract class AdministerUserAccount(IAppDbContext db, ICurrentActor actor, AuditTrail audit)
{
    protected IAppDbContext Db => db;

    protected ICurrentActor Actor => actor;

    protected async Task<UserAccountView> ApplyAsync(string userName, string action, string? reason, Func<UserAccount, Task> change, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var normalized = UserAccount.Normalize(userName);
        var user = await db.Users.SingleOrDefaultAsync(item => item.UserName == normalized, cancellationToken)
            ?? throw new NotFoundException("User", normalized);
        var before = UserAccountView.Of(user);
        await change(user);
        var after = UserAccountView.Of(user);
        audit.Record(action, nameof(UserAccount), user.Id, before, after, reason);
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }

    /// <summary>Ends every open session of the user, so the next signing anywhere needs every component again.</summary>
    protected async Task EndOpenSessionsAsync(string userName, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.SignInSessions.Where(session => session.UserName == userName && session.EndedAt == null).ToListAsync(cancellationToken);
        open.ForEach(session => session.End(reason, now));
    }
}
