namespace CareDesk.Application.Users;

/// <summary>Why a continuous session broke; after any of them every signing component is needed again (R33).</summary>
public static class SessionEndReasons
{
    public const string IdleTimeout = "idle_timeout";
    public const string Logout = "logout";
    public const string Lock = "lock";
    public const string DeviceLost = "device_lost";
    public const string Deactivated = "deactivated";
}
