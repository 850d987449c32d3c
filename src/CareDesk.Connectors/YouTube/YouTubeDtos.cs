namespace CareDesk.Connectors.YouTube;

// Only the fields CareDesk reads; System.Text.Json web defaults match the API's camelCase names.
internal sealed record YouTubeListResponse<T>(string? NextPageToken, IReadOnlyList<T>? Items);

internal sealed record YouTubeCommentThread(string Id, YouTubeCommentThreadSnippet Snippet);

internal sealed record YouTubeCommentThreadSnippet(string? ChannelId, string? VideoId, YouTubeComment TopLevelComment, int TotalReplyCount, bool? IsPublic);

internal sealed record YouTubeComment(string Id, YouTubeCommentSnippet Snippet);

internal sealed record YouTubeCommentSnippet(
    string? AuthorDisplayName,
    string? AuthorChannelUrl,
    YouTubeAuthorChannelId? AuthorChannelId,
    string? ChannelId,
    string? VideoId,
    string? ParentId,
    string? TextOriginal,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt);

internal sealed record YouTubeAuthorChannelId(string? Value);

internal sealed record YouTubeSearchResult(YouTubeSearchId Id, YouTubeSearchSnippet Snippet);

internal sealed record YouTubeSearchId(string? Kind, string? VideoId, string? ChannelId, string? PlaylistId);

internal sealed record YouTubeSearchSnippet(DateTimeOffset PublishedAt, string? ChannelId, string? ChannelTitle, string? Title, string? Description);

internal sealed record YouTubeErrorEnvelope(YouTubeError? Error);

internal sealed record YouTubeError(int Code, string? Message, string? Status, IReadOnlyList<YouTubeErrorItem>? Errors);

internal sealed record YouTubeErrorItem(string? Domain, string? Reason, string? Message);
