using System.ComponentModel.DataAnnotations;

namespace CareDesk.Application.Users;

/// <summary>Session and password policy of Part 11 identity controls ("Identity" section; R33, R34).</summary>
public sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>Idle time that breaks the continuous session: the web session ends and signing needs every component again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong sign-in or signature passwords in a row that lock the account and raise a security alert.</summary>
    [Range(1, 20)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a chosen password stays valid before it must be changed; null turns ageing off.</summary>
    public TimeSpan? PasswordMaxAge { get; set; } = TimeSpan.FromDays(90);

    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;
}
