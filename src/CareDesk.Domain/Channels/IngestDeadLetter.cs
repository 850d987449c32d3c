namespace CareDesk.Domain.Channels;

/// <summary>
/// An inbound item the ingestion bus gave up on (unreadable, for an unknown channel, or failing on every delivery):
/// kept with the message exactly as published and the reason, so a poison message is never silently dropped. A person
/// lists them (GET /api/ingest/dead-letters) and can re-publish or resolve the cause.
/// </summary>
public sealed class IngestDeadLetter
{
    public const int MaxReasonLength = 2000;

    private IngestDeadLetter()
    {
        MessageId = string.Empty;
        Body = string.Empty;
        Reason = string.Empty;
        SourceQueue = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The bus message id (channel:external id:kind:time); one row per message however often the broker re-delivers it.</summary>
    public string MessageId { get; private set; }

    public string? ChannelKey { get; private set; }

    public string? ConversationKey { get; private set; }

    public string Body { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The partition queue it was taken from.</summary>
    public string SourceQueue { get; private set; }

    public int DeliveryCount { get; private set; }

    public DateTimeOffset DeadLetteredAt { get; private set; }

    /// <summary>When a person last replayed it into intake and the item was stored (or found already stored); null while open.</summary>
    public DateTimeOffset? ReplayedAt { get; private set; }

    public string? ReplayedBy { get; private set; }

    public bool IsOpen => ReplayedAt is null;

    /// <summary>Intake took the item on replay: the dead letter is closed but kept, as the record of what happened.</summary>
    public void MarkReplayed(string by, DateTimeOffset at)
    {
        ReplayedBy = by;
        ReplayedAt = at;
    }

    public static IngestDeadLetter Record(string messageId, string? channelKey, string? conversationKey, string body, string reason, string sourceQueue, int deliveryCount, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        MessageId = messageId,
        ChannelKey = channelKey,
        ConversationKey = conversationKey,
        Body = body,
        Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason,
        SourceQueue = sourceQueue,
        DeliveryCount = deliveryCount,
        DeadLetteredAt = at,
    };
}
