using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Users;

public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword);

/// <summary>
/// The signed-in user chooses a new password (after an admin reset or when it aged out). Only the owner can do this,
/// so a password an admin knew can never sign (R33); the new one must differ from the current one.
/// </summary>
public sealed class ChangePasswordHandler(IAppDbContext db, IPasswordHasher hasher, ICurrentActor actor, AuditTrail audit, TimeProvider time, IOptions<IdentityOptions> options)
{
    public async Task HandleAsync(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var policy = options.Value;
        var validation = new Validation().Required("currentPassword", command.CurrentPassword).Required("newPassword", command.NewPassword);
        if (command.NewPassword is { } chosen && chosen.Length < policy.MinPasswordLength)
        {
            validation.Add("newPassword", $"The new password needs at least {policy.MinPasswordLength} characters.");
        }

        if (command.NewPassword is not null && command.NewPassword == command.CurrentPassword)
        {
            validation.Add("newPassword", "The new password must differ from the current one.");
        }

        validation.ThrowIfInvalid();
        var user = await db.Users.SingleOrDefaultAsync(item => item.UserName == actor.UserName && item.Active, cancellationToken)
            ?? throw new ForbiddenException("Only a signed-in, active user can change their password.");
        var now = time.GetUtcNow();
        if (user.IsLocked || !hasher.Verify(user.PasswordHash, command.CurrentPassword!))
        {
            if (!user.IsLocked)
            {
                await db.RecordAsync(audit, user, "password-change", policy.MaxFailedAttempts, now, cancellationToken);
            }

            throw ValidationFailedException.For("currentPassword", "The current password did not match, or the account is locked.");
        }

        user.RecordSuccessfulAuthentication();
        user.ChangePassword(hasher.Hash(command.NewPassword!), now);
        audit.Record("user.password_changed", nameof(UserAccount), user.Id, null, new { user.UserName, user.PasswordChangedAt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
