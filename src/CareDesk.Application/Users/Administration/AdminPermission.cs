using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Users.Administration;

internal static class AdminPermission
{
    public static void RequireAdmin(this ICurrentActor actor)
    {
        if (actor.Role is not UserRole.Admin)
        {
            throw new ForbiddenException("Only admins can administer user accounts.");
        }
    }
}
