using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Users;

/// <summary>
/// Checked on every signed-in request: the session is open, not idle past the timeout (measured with TimeProvider, not
/// the cookie's wall clock) and still carries the account's session version, which "device lost", deactivation and a
/// lockout bump (R33, R34). A valid session is touched, so idle time restarts.
/// </summary>
public sealed class ValidateSessionHandler(IAppDbContext db, TimeProvider time, IOptions<IdentityOptions> options)
{
    /// <summary>Activity closer together than this is not written again; far below any useful idle timeout.</summary>
    private static readonly TimeSpan TouchGranularity = TimeSpan.FromSeconds(30);

    public async Task<bool> HandleAsync(Guid sessionId, string userName, int sessionVersion, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = await db.SignInSessions.SingleOrDefaultAsync(item => item.Id == sessionId, cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(item => item.UserName == userName, cancellationToken);
        if (session is null || session.UserName != userName || user is not { CanAuthenticate: true } || user.SessionVersion != sessionVersion)
        {
            return false;
        }

        if (!session.IsContinuous(options.Value.IdleTimeout, now))
        {
            session.End(SessionEndReasons.IdleTimeout, now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        if (now - session.LastActivityAt >= TouchGranularity)
        {
            session.Touch(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
