using CareDesk.Domain.Common;
using CareDesk.Domain.Conversations.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Conversations;

public enum PostChangeKind
{
    Edited,
    Deleted,
    Hidden,
    Unhidden,
}

/// <summary>
/// Something the platform reported about a stored post after it arrived: an edit (kept as a new revision, screened
/// again), a deletion, a hide or unhide. R10: the original post never changes; each platform change is a new event.
/// </summary>
public sealed class PostChange
{
    private PostChange()
    {
        Labels = [];
    }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public PostChangeKind Kind { get; private set; }

    /// <summary>The revised text of an edit; null for the other kinds.</summary>
    public string? Text { get; private set; }

    /// <summary>When the platform says it happened, if it says.</summary>
    public DateTimeOffset? OccurredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Screening of the revised text (edits only).</summary>
    public List<TriageLabel> Labels { get; private set; }

    public Priority? Priority { get; private set; }

    public static PostChange Edit(Guid postId, string text, DateTimeOffset? occurredAt, DateTimeOffset receivedAt, TriageOutcome triage)
    {
        BusinessRules.Check(new PostTextMustFitRule(text));
        return new PostChange
        {
            Id = Guid.NewGuid(),
            PostId = postId,
            Kind = PostChangeKind.Edited,
            Text = text,
            OccurredAt = occurredAt?.ToUniversalTime(),
            ReceivedAt = receivedAt.ToUniversalTime(),
            Labels = [.. triage.Labels],
            Priority = triage.Priority,
        };
    }

    public static PostChange Record(Guid postId, PostChangeKind kind, DateTimeOffset? occurredAt, DateTimeOffset receivedAt)
    {
        if (kind == PostChangeKind.Edited)
        {
            throw new ArgumentException("Use Edit for a revision: it carries the new text and its screening.", nameof(kind));
        }

        return new PostChange { Id = Guid.NewGuid(), PostId = postId, Kind = kind, OccurredAt = occurredAt?.ToUniversalTime(), ReceivedAt = receivedAt.ToUniversalTime() };
    }
}
