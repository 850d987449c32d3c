namespace CareDesk.Connectors.X.Api;

/// <summary>One DM event (GET /2/dm_events); only MessageCreate events carry text.</summary>
internal sealed record XDmEvent(
    string Id,
    string? EventType,
    string? Text = null,
    string? SenderId = null,
    string? DmConversationId = null,
    DateTimeOffset? CreatedAt = null,
    XTweetAttachments? Attachments = null);
