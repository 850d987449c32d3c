namespace CareDesk.Domain.Users;

/// <summary>A security event admins must look at, such as an account locked by repeated wrong passwords (R34).</summary>
public sealed class SecurityAlert
{
    public const string AccountLocked = "account_locked";
    public const string DeviceLost = "device_lost";

    private SecurityAlert()
    {
        UserName = string.Empty;
        Kind = string.Empty;
        Detail = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    public string Kind { get; private set; }

    public string Detail { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public static SecurityAlert Raise(string userName, string kind, string detail, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), UserName = userName, Kind = kind, Detail = detail, RaisedAt = now };
}
