namespace CareDesk.Domain.Users;

/// <summary>
/// One continuous sign-in session (21 CFR 11.200(a)(1)): its first signature needs user id and password, later ones
/// the password only. Idle time beyond the timeout, a lock, a logout or a revocation breaks it for good.
/// </summary>
public sealed class SignInSession
{
    private SignInSession()
    {
        UserName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>When the first signature of this session was executed with every component.</summary>
    public DateTimeOffset? FirstSignedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public static SignInSession Start(string userName, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), UserName = userName, StartedAt = now, LastActivityAt = now };

    /// <summary>Open and not idle past the timeout at <paramref name="now"/>.</summary>
    public bool IsContinuous(TimeSpan idleTimeout, DateTimeOffset now) => EndedAt is null && now - LastActivityAt <= idleTimeout;

    public void Touch(DateTimeOffset now) => LastActivityAt = now;

    public void RecordSignature(DateTimeOffset now)
    {
        FirstSignedAt ??= now;
        LastActivityAt = now;
    }

    public void End(string reason, DateTimeOffset now)
    {
        if (EndedAt is null)
        {
            EndedAt = now;
            EndReason = reason;
        }
    }
}
