namespace CareDesk.Domain.Users;

/// <summary>Part 11 identification-code and password controls of an account (R33, R34).</summary>
public sealed partial class UserAccount
{
    /// <summary>When the account was deactivated; its user id stays retired and is never given to anyone else.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// <summary>Set by an admin reset: the temporary password may sign in but never sign, until the user chooses a new one.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>When the password was last chosen; null for seeded accounts, which age from their first change.</summary>
    public DateTimeOffset? PasswordChangedAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTimeOffset? LockedAt { get; private set; }

    /// <summary>Stamped into every session cookie; bumping it (device lost) revokes all of the user's sessions at once.</summary>
    public int SessionVersion { get; private set; }

    public bool IsLocked => LockedAt is not null;

    public bool CanAuthenticate => Active && !IsLocked;

    /// <summary>Counts a wrong sign-in or signature password; returns true when this attempt locked the account.</summary>
    public bool RecordFailedAttempt(int maxAttempts, DateTimeOffset now)
    {
        FailedAttempts++;
        if (IsLocked || FailedAttempts < maxAttempts)
        {
            return false;
        }

        LockedAt = now;
        RevokeSessions();
        return true;
    }

    public void RecordSuccessfulAuthentication() => FailedAttempts = 0;

    public void Unlock()
    {
        LockedAt = null;
        FailedAttempts = 0;
    }

    /// <summary>An admin reset: the temporary password must be replaced by the user before any signing (R33).</summary>
    public void ResetPassword(string temporaryPasswordHash)
    {
        PasswordHash = temporaryPasswordHash;
        MustChangePassword = true;
        Unlock();
    }

    public void ChangePassword(string newPasswordHash, DateTimeOffset now)
    {
        PasswordHash = newPasswordHash;
        PasswordChangedAt = now;
        MustChangePassword = false;
    }

    /// <summary>Password ageing (R34); a password with no recorded change (seeded before ageing existed) does not age.</summary>
    public bool IsPasswordExpired(TimeSpan? maxAge, DateTimeOffset now) =>
        maxAge is { } age && PasswordChangedAt is { } changedAt && now - changedAt > age;

    /// <summary>A temporary or aged password may open a session but never execute a signature (R33, R34).</summary>
    public bool NeedsPasswordChange(TimeSpan? maxAge, DateTimeOffset now) => MustChangePassword || IsPasswordExpired(maxAge, now);

    /// <summary>An account an admin created with a password the admin chose: the user must pick their own first.</summary>
    public static UserAccount CreateWithTemporaryPassword(string userName, string displayName, UserRole role, string? team, string temporaryPasswordHash, DateTimeOffset now)
    {
        var user = Create(userName, displayName, role, team, temporaryPasswordHash);
        user.PasswordChangedAt = now;
        user.MustChangePassword = true;
        return user;
    }

    public void RevokeSessions() => SessionVersion++;

    public void Deactivate(DateTimeOffset now)
    {
        Active = false;
        DeactivatedAt = now;
        RevokeSessions();
    }
}
