using CareDesk.Domain.Common;

namespace CareDesk.Domain.Moderation.Rules;

public sealed class ModeratedItemMustNotBeRemovedRule(ModeratedItem item) : ISequencingRule
{
    public bool IsBroken() => item.State == ModerationState.Removed;

    public string Message => "The comment was already deleted on the platform.";
}
