using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Common;
using CareDesk.Domain.Users;
using CareDesk.Domain.Users.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Users.Administration;

public sealed record CreateUserAccountCommand(string? UserName, string? DisplayName, UserRole? Role, string? Team, string? TemporaryPassword);

/// <summary>
/// An admin creates an account with a temporary password the user must replace before signing (R33). A user id that
/// ever existed, even deactivated, is rejected: ids are never reused (R34).
/// </summary>
public sealed class CreateUserAccountHandler(IAppDbContext db, IPasswordHasher hasher, ICurrentActor actor, AuditTrail audit, TimeProvider time, IOptions<IdentityOptions> options)
{
    public async Task<UserAccountView> HandleAsync(CreateUserAccountCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var validation = new Validation().Required("userName", command.UserName).MaxLength("userName", command.UserName, UserAccount.MaxUserNameLength)
            .Required("displayName", command.DisplayName).MaxLength("displayName", command.DisplayName, 100)
            .Required("role", command.Role).Required("temporaryPassword", command.TemporaryPassword).MaxLength("team", command.Team, 64);
        if (command.TemporaryPassword is { } password && password.Length < options.Value.MinPasswordLength)
        {
            validation.Add("temporaryPassword", $"The temporary password needs at least {options.Value.MinPasswordLength} characters.");
        }

        validation.ThrowIfInvalid();
        var userName = UserAccount.Normalize(command.UserName!);
        var existing = await db.Users.AsNoTracking().SingleOrDefaultAsync(user => user.UserName == userName, cancellationToken);
        BusinessRules.Check(new UserIdMustNeverBeReusedRule(userName, existing));

        var user = UserAccount.CreateWithTemporaryPassword(userName, command.DisplayName!, command.Role!.Value, string.IsNullOrWhiteSpace(command.Team) ? null : command.Team.Trim(),
            hasher.Hash(command.TemporaryPassword!), time.GetUtcNow());
        db.Users.Add(user);
        var view = UserAccountView.Of(user);
        audit.Record("user.created", nameof(UserAccount), user.Id, null, view);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }
}
