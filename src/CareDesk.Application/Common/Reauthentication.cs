using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Users;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Common;

/// <summary>
/// Part 11 two-component signing (R33): the first signature of a continuous sign-in session needs the user id and the
/// password; later ones in the same session the password only; with no session, or one broken by idle time, lock or
/// logout, every component again. A signature is always executed by the signed-in user: nobody, admins included, can
/// sign for someone else. A temporary or aged password never signs, and wrong passwords count towards the lockout (R34).
/// </summary>
public sealed class Reauthentication(IAppDbContext db, IPasswordHasher hasher, ICurrentActor actor, AuditTrail audit, TimeProvider time, IOptions<IdentityOptions> options)
{
    /// <summary>Whether the next signature must ask for the user id as well as the password, so a form can prompt for both.</summary>
    public async Task<bool> NeedsUserIdAsync(CancellationToken cancellationToken)
    {
        var session = actor.SessionId is { } sessionId ? await db.SignInSessions.AsNoTracking().SingleOrDefaultAsync(item => item.Id == sessionId, cancellationToken) : null;
        return !IsContinuedSigning(session, actor.UserName, time.GetUtcNow());
    }

    public async Task<UserAccount> SignerAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var policy = options.Value;
        var user = await db.Users.SingleOrDefaultAsync(item => item.UserName == actor.UserName, cancellationToken);
        if (user is not { CanAuthenticate: true })
        {
            throw ValidationFailedException.For("password", user is { IsLocked: true }
                ? "Your account is locked after repeated wrong passwords; an admin must unlock it."
                : "Re-enter your password to sign: the password did not match the signed-in user.");
        }

        if (!string.IsNullOrWhiteSpace(userName) && UserAccount.Normalize(userName) != user.UserName)
        {
            throw ValidationFailedException.For("userName", "You can only sign as yourself: the user id must be the signed-in user's.");
        }

        var session = actor.SessionId is { } sessionId ? await db.SignInSessions.SingleOrDefaultAsync(item => item.Id == sessionId, cancellationToken) : null;
        var continuous = session is not null && session.UserName == user.UserName && session.IsContinuous(policy.IdleTimeout, now);
        if (!IsContinuedSigning(session, user.UserName, now) && string.IsNullOrWhiteSpace(userName))
        {
            throw ValidationFailedException.For("userName", "Enter your user id and password: this is the first signature of your session, or the session was broken.");
        }

        if (user.NeedsPasswordChange(policy.PasswordMaxAge, now))
        {
            throw ValidationFailedException.For("password", "Change your password before signing: a temporary or expired password can never sign.");
        }

        if (string.IsNullOrEmpty(password) || !hasher.Verify(user.PasswordHash, password))
        {
            var locked = await db.RecordAsync(audit, user, "signature", policy.MaxFailedAttempts, now, cancellationToken);
            throw ValidationFailedException.For("password", locked
                ? "Wrong password: your account is now locked; an admin must unlock it."
                : "Re-enter your password to sign: the password did not match the signed-in user.");
        }

        user.RecordSuccessfulAuthentication();
        if (continuous)
        {
            session!.RecordSignature(now);
        }

        return user;
    }

    /// <summary>A signature after the first one of the same unbroken session: the password alone suffices.</summary>
    private bool IsContinuedSigning(SignInSession? session, string userName, DateTimeOffset now) =>
        session is { FirstSignedAt: not null } && session.UserName == userName && session.IsContinuous(options.Value.IdleTimeout, now);
}
