using CareDesk.Domain.Common;

namespace CareDesk.Domain.Moderation.Rules;

/// <summary>AE content is never deleted before it was captured and escalated to pharmacovigilance.</summary>
public sealed class AdverseEventMustReachPvBeforeRemovalRule(ModeratedItem item, bool escalatedToPv) : IUnprocessableRule
{
    public bool IsBroken() => item.ScreenedAdverseEvent == true && !escalatedToPv;

    public string Message => "This comment reports a possible adverse event: escalate the case to pharmacovigilance before you delete it on the platform.";

    public string? Field => "screening";
}
