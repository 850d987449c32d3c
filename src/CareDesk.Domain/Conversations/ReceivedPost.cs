namespace CareDesk.Domain.Conversations;

/// <summary>A normalized inbound post as it reached CareDesk, before it is stored.</summary>
public sealed record ReceivedPost(
    string ExternalId,
    string Author,
    string Text,
    DateTimeOffset PostedAt,
    DateTimeOffset ReceivedAt,
    string? ThreadId,
    string? ParentId,
    bool IsPublic);
