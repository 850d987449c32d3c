using CareDesk.Application.Abstractions;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Common;

public static class ActorPermissions
{
    public static void RequireContentManager(this ICurrentActor actor, string what)
    {
        if (actor.Role is not { } role || !UserAccount.CanManageContent(role))
        {
            throw new ForbiddenException($"Only supervisors and admins can {what}.");
        }
    }

}
