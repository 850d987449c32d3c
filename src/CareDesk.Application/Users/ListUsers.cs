using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Users;

public sealed class ListUsersHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<AuthenticatedUser>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(user => user.Active).OrderBy(user => user.UserName)
            .Select(user => new AuthenticatedUser(user.UserName, user.DisplayName, user.Role, user.Team))
            .ToListAsync(cancellationToken);
}
