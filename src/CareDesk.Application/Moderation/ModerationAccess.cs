using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;

namespace CareDesk.Application.Moderation;

internal static class ModerationAccess
{
    /// <summary>Moderators read comments in full, AE reports included: only roles with the PV-data permission (R39).</summary>
    public static void Require(ICurrentActor actor)
    {
        if (!actor.CanSeePvData())
        {
            throw new ForbiddenException("Only care staff with access to safety data can moderate comments.");
        }
    }
}
