namespace CareDesk.Application.Posts;

/// <summary>
/// The wire shape of a normalized post, the same for the REST API, the CLI's JSON lines and future connectors:
/// camelCase, postedAt with a UTC offset. Fields are nullable so the use case can name every missing one.
/// </summary>
public sealed record NormalizedPost(
    string? Channel,
    string? ExternalId,
    string? Author,
    string? Text,
    DateTimeOffset? PostedAt,
    string? ThreadId,
    string? ParentId,
    bool? IsPublic)
{
    /// <summary>The intake command, stamped with the moment CareDesk received the post.</summary>
    public IngestPostCommand ToCommand(DateTimeOffset receivedAt) =>
        new(Channel, ExternalId, Author, Text, PostedAt, ThreadId, ParentId, IsPublic, receivedAt);
}
