using System.Text.Json;

namespace CareDesk.Connectors.X.Api;

internal sealed record XTweet(
    string Id,
    string? Text,
    string? AuthorId = null,
    DateTimeOffset? CreatedAt = null,
    string? ConversationId = null,
    string? InReplyToUserId = null,
    IReadOnlyList<XReferencedTweet>? ReferencedTweets = null,
    string? Lang = null,
    IReadOnlyList<string>? EditHistoryTweetIds = null,
    XTweetAttachments? Attachments = null);

internal sealed record XReferencedTweet(string Type, string Id);

internal sealed record XTweetAttachments(IReadOnlyList<string>? MediaKeys);

internal sealed record XUser(string Id, string? Username, string? Name);

internal sealed record XMedia(string MediaKey, string? Type, string? Url = null, string? PreviewImageUrl = null);

/// <summary>The objects pulled in by expansions (author_id → users, attachments.media_keys → media).</summary>
internal sealed record XIncludes(IReadOnlyList<XUser>? Users = null, IReadOnlyList<XTweet>? Tweets = null, IReadOnlyList<XMedia>? Media = null);

internal sealed record XPageMeta(string? NewestId = null, string? OldestId = null, int? ResultCount = null, string? NextToken = null);

/// <summary>
/// One entry of X's errors[] (in a 200 for items that could not be returned, or in a 4xx for a bad parameter).
/// </summary>
internal sealed record XError(
    string? Type = null,
    string? Title = null,
    string? Detail = null,
    string? Value = null,
    string? ResourceType = null,
    string? Parameter = null,
    string? Message = null,
    IReadOnlyList<string>? Details = null,
    JsonElement? Parameters = null)
{
    public bool IsNotFound => Type is not null && Type.EndsWith("/2/problems/resource-not-found", StringComparison.Ordinal);

    public string Describe() => Detail ?? Message ?? Title ?? Type ?? "unknown error";
}

internal sealed record XListResponse<T>(IReadOnlyList<T>? Data = null, XIncludes? Includes = null, XPageMeta? Meta = null, IReadOnlyList<XError>? Errors = null);

internal sealed record XItemResponse<T>(T? Data = default, XIncludes? Includes = null, IReadOnlyList<XError>? Errors = null);

/// <summary>The RFC 7807-style body X sends with 4xx/429 (title, detail, type, reason, connection_issue).</summary>
internal sealed record XProblem(
    string? Title = null,
    string? Detail = null,
    string? Type = null,
    string? Reason = null,
    string? ConnectionIssue = null,
    IReadOnlyList<XError>? Errors = null);
