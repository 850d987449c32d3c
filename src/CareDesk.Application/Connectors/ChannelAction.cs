namespace CareDesk.Application.Connectors;

public enum ChannelActionKind
{
    /// <summary>A public reply under <see cref="ChannelAction.TargetExternalId"/>.</summary>
    Reply,

    /// <summary>A private message to the author of <see cref="ChannelAction.TargetExternalId"/> (DM, Messenger private reply, e-mail).</summary>
    PrivateMessage,

    Hide,

    Unhide,

    /// <summary>Moderator removal (Reddit remove, Facebook/X delete of an owned item).</summary>
    Remove,
}

/// <param name="Recipient">For private messages: the platform user id or e-mail address when the target item does not imply it.</param>
public sealed record ChannelAction(ChannelActionKind Kind, string ChannelKey, string? AccountId, string TargetExternalId, string? Text = null, string? Recipient = null);

/// <param name="ExternalId">The network's id of what the action created (reply id, message id); null for hide/unhide/remove.</param>
public sealed record ChannelActionResult(bool Succeeded, string? ExternalId = null);
