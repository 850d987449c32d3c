using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Users.Administration;

/// <summary>Every account, deactivated ones included, so retired user ids stay visible.</summary>
public sealed class ListUserAccountsHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<IReadOnlyList<UserAccountView>> HandleAsync(CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var users = await db.Users.AsNoTracking().OrderBy(user => user.UserName).ToListAsync(cancellationToken);
        return users.Select(UserAccountView.Of).ToList();
    }
}
