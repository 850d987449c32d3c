namespace CareDesk.Domain.Conversations;

/// <summary>
/// A normalized inbound post as it reached CareDesk, before it is stored; <paramref name="ListeningQueryVersion"/> is set when a
/// listening search on a source the company does not own found it (R13).
/// </summary>
public sealed record ReceivedPost(
    string ExternalId,
    string Author,
    string Text,
    DateTimeOffset PostedAt,
    DateTimeOffset ReceivedAt,
    string? ThreadId,
    string? ParentId,
    bool IsPublic,
    int? ListeningQueryVersion = null);
