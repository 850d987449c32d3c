namespace CareDesk.Domain.Replies;

/// <summary>What left CareDesk for a channel. The recording outbox keeps these until real connectors deliver them.</summary>
public sealed class OutboundMessage
{
    private OutboundMessage()
    {
        ChannelKey = string.Empty;
        Text = string.Empty;
        Status = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ReplyId { get; private set; }

    public string ChannelKey { get; private set; }

    public string? InReplyToExternalId { get; private set; }

    public string Text { get; private set; }

    public string Status { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static OutboundMessage Record(Guid replyId, string channelKey, string? inReplyTo, string text, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        ReplyId = replyId,
        ChannelKey = channelKey,
        InReplyToExternalId = inReplyTo,
        Text = text,
        Status = "recorded",
        RecordedAt = at,
    };
}
