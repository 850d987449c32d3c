namespace CareDesk.Connectors.X.Api;

internal sealed record XCreateTweetRequest(string Text, XReplySettings? Reply);

internal sealed record XReplySettings(string InReplyToTweetId);

internal sealed record XCreatedTweet(string Id, string? Text);

internal sealed record XHiddenRequest(bool Hidden);

internal sealed record XHiddenResult(bool Hidden);

internal sealed record XDeletedResult(bool Deleted);

internal sealed record XDmRequest(string Text);

internal sealed record XDmCreated(string? DmConversationId, string DmEventId);
