using CareDesk.Application.Abstractions;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Users;

public sealed record AuthenticatedUser(string UserName, string DisplayName, UserRole Role, string? Team);

/// <summary>Checks a user name and password; returns null for any mismatch without saying which part was wrong.</summary>
public sealed class AuthenticateUserHandler(IAppDbContext db, IPasswordHasher hasher)
{
    public async Task<AuthenticatedUser?> HandleAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var normalized = userName.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(item => item.UserName == normalized && item.Active, cancellationToken);
        return user is not null && hasher.Verify(user.PasswordHash, password)
            ? new AuthenticatedUser(user.UserName, user.DisplayName, user.Role, user.Team)
            : null;
    }
}
