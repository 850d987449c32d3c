namespace CareDesk.Application.Connectors;

/// <summary>What happened on the network to one item.</summary>
public enum ChannelEventKind
{
    /// <summary>A new post, comment, reply, mention, message or e-mail: it is stored and screened.</summary>
    Created,

    /// <summary>The author changed the text: stored as a revision (the original is kept) and screened again.</summary>
    Edited,

    /// <summary>Removed on the platform: recorded, never erased here.</summary>
    Deleted,

    Hidden,

    Unhidden,
}

/// <summary>
/// One inbound item or platform change, normalized from any network. Fields map onto <c>NormalizedPost</c>;
/// <paramref name="Author"/> is the handle (or e-mail address), <paramref name="ThreadId"/> groups a conversation into
/// one case (X conversation_id, Facebook post id, YouTube thread id, Reddit link id, e-mail thread root).
/// </summary>
public sealed record ChannelEvent(
    ChannelEventKind Kind,
    string ExternalId,
    string? Author,
    string? Text,
    DateTimeOffset? OccurredAt,
    string? ThreadId = null,
    string? ParentId = null,
    bool? IsPublic = null,
    string? Permalink = null,
    IReadOnlyList<ChannelAttachment>? Attachments = null)
{
    /// <summary>Who the network says the author is beyond the handle (display name, platform user id), for the source record.</summary>
    public string? AuthorDisplayName { get; init; }

    public string? AuthorPlatformId { get; init; }

    /// <summary>A public keyword-search hit rather than an item on an owned channel (R13: listening is reviewed differently).</summary>
    public bool FromListening { get; init; }
}

public sealed record ChannelAttachment(string Kind, string? Url, string? MimeType = null)
{
    /// <summary>The file name the sender gave (e-mail attachments have a name but no URL).</summary>
    public string? FileName { get; init; }
}
