using CareDesk.Application.Abstractions;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Common;

/// <summary>
/// Part 11 two-component signing (R33): the signed-in user id plus the password typed again for this signature.
/// A signature (template review, reply approval) is always executed by the signed-in user; nobody can sign for someone else.
/// </summary>
internal static class Reauthentication
{
    public static async Task<UserAccount> SignerAsync(this IAppDbContext db, IPasswordHasher hasher, ICurrentActor actor, string? password,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(item => item.UserName == actor.UserName && item.Active, cancellationToken);
        if (user is null || string.IsNullOrEmpty(password) || !hasher.Verify(user.PasswordHash, password))
        {
            throw ValidationFailedException.For("password", "Re-enter your password to sign: the password did not match the signed-in user.");
        }

        return user;
    }
}
