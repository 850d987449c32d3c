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

    /// <summary>Medical-information requests are for medical/scientific staff, never marketing (R20).</summary>
    public static void RequireMedicalInformationAccess(this ICurrentActor actor)
    {
        if (actor.Role is { } role && !UserAccount.CanSeeMedicalInformation(role))
        {
            throw new ForbiddenException("Marketing roles cannot view, draft or approve medical-information requests.");
        }
    }

    public static void RequireAdministrator(this ICurrentActor actor, string what)
    {
        if (actor.Role is not UserRole.Admin)
        {
            throw new ForbiddenException($"Only admins can {what}.");
        }
    }

    /// <summary>The "PV data" permission (R39); the CLI and background work (no role) act for the system and see everything.</summary>
    public static bool CanSeePvData(this ICurrentActor actor) => actor.Role is not { } role || UserAccount.CanSeePvData(role);

    public static bool CanSeeMedicalInformation(this ICurrentActor actor) => actor.Role is not { } role || UserAccount.CanSeeMedicalInformation(role);
}
