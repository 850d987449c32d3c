using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Users;

public sealed record AuthenticatedUser(string UserName, string DisplayName, UserRole Role, string? Team);

public enum SignInOutcome
{
    Failed,
    Locked,
    SignedIn,
}

/// <summary>A started session: the cookie carries its id and the account's session version (R33, R34).</summary>
public sealed record SignInResult(SignInOutcome Outcome, AuthenticatedUser? User = null, Guid? SessionId = null, int SessionVersion = 0, bool MustChangePassword = false);

/// <summary>
/// Checks a user name and password without saying which part was wrong, and starts a continuous sign-in session.
/// Wrong passwords count towards the lockout (R34); a temporary or aged password signs in but must be changed before
/// any signature (R33).
/// </summary>
public sealed class AuthenticateUserHandler(IAppDbContext db, IPasswordHasher hasher, AuditTrail audit, TimeProvider time, IOptions<IdentityOptions> options)
{
    public async Task<SignInResult> HandleAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new SignInResult(SignInOutcome.Failed);
        }

        var normalized = UserAccount.Normalize(userName);
        var user = await db.Users.SingleOrDefaultAsync(item => item.UserName == normalized && item.Active, cancellationToken);
        if (user is null)
        {
            return new SignInResult(SignInOutcome.Failed);
        }

        if (user.IsLocked)
        {
            return new SignInResult(SignInOutcome.Locked);
        }

        var now = time.GetUtcNow();
        if (!hasher.Verify(user.PasswordHash, password))
        {
            var locked = await db.RecordAsync(audit, user, "sign-in", options.Value.MaxFailedAttempts, now, cancellationToken);
            return new SignInResult(locked ? SignInOutcome.Locked : SignInOutcome.Failed);
        }

        user.RecordSuccessfulAuthentication();
        var session = SignInSession.Start(user.UserName, now);
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInOutcome.SignedIn, new AuthenticatedUser(user.UserName, user.DisplayName, user.Role, user.Team), session.Id, user.SessionVersion,
            user.NeedsPasswordChange(options.Value.PasswordMaxAge, now));
    }
}
