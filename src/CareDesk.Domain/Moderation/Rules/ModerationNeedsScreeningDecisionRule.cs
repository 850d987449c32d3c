using CareDesk.Domain.Common;

namespace CareDesk.Domain.Moderation.Rules;

/// <summary>R12: a person decides whether a comment is an AE, a product complaint or an MI request before anyone hides, publishes or deletes it.</summary>
public sealed class ModerationNeedsScreeningDecisionRule(ModeratedItem item, string action) : IUnprocessableRule
{
    public const string Text = "Screening decision required: decide whether it is an adverse event, a product complaint or a medical-information request before you ";

    public bool IsBroken() => !item.IsScreened;

    public string Message => Text + action + " on the platform.";

    public string? Field => "screening";
}
