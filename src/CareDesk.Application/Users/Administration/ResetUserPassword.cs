using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Users.Administration;

/// <summary>
/// An admin sets a temporary password: it can sign in, but every signature is refused until the user has chosen a
/// password of their own (R33), so an admin who knows it still cannot sign as the user. Unlocks the account.
/// </summary>
public sealed class ResetUserPasswordHandler(IAppDbContext db, IPasswordHasher hasher, ICurrentActor actor, AuditTrail audit, IOptions<IdentityOptions> options)
    : AdministerUserAccount(db, actor, audit)
{
    public Task<UserAccountView> HandleAsync(string userName, string? temporaryPassword, CancellationToken cancellationToken)
    {
        var validation = new Validation().Required("temporaryPassword", temporaryPassword);
        if (temporaryPassword is { } password && password.Length < options.Value.MinPasswordLength)
        {
            validation.Add("temporaryPassword", $"The temporary password needs at least {options.Value.MinPasswordLength} characters.");
        }

        validation.ThrowIfInvalid();
        return ApplyAsync(userName, "user.password_reset", "Admin reset to a temporary password", user =>
        {
            user.ResetPassword(hasher.Hash(temporaryPassword!));
            return Task.CompletedTask;
        }, cancellationToken);
    }
}
