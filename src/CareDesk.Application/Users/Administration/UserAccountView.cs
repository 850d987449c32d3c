using CareDesk.Domain.Users;

namespace CareDesk.Application.Users.Administration;

/// <summary>What an admin sees of an account; never the password hash.</summary>
public sealed record UserAccountView(
    Guid Id, string UserName, string DisplayName, UserRole Role, string? Team, bool Active, DateTimeOffset? DeactivatedAt, bool Locked,
    int FailedAttempts, bool MustChangePassword, DateTimeOffset? PasswordChangedAt, int SessionVersion)
{
    public static UserAccountView Of(UserAccount user) => new(
        user.Id, user.UserName, user.DisplayName, user.Role, user.Team, user.Active, user.DeactivatedAt, user.IsLocked, user.FailedAttempts,
        user.MustChangePassword, user.PasswordChangedAt, user.SessionVersion);
}
