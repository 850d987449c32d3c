namespace CareDesk.Domain.Channels;

public enum InboundWebhookStatus
{
    /// <summary>Stored, signature valid, not processed yet (a crash here leaves it for replay).</summary>
    Received,

    Processed,

    /// <summary>The body could not be parsed or stored as posts; kept for a person to inspect and replay.</summary>
    Failed,

    /// <summary>No channel is configured for the account it was sent for; kept so nothing is silently dropped.</summary>
    Unrouted,
}

/// <summary>
/// A signed webhook body exactly as the network sent it, stored before it is parsed so that nothing a network pushed
/// can be lost to a parsing bug or a crash mid-write.
/// </summary>
public sealed class InboundWebhook
{
    private InboundWebhook()
    {
        Network = string.Empty;
        Body = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Network { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public InboundWebhookStatus Status { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Items { get; private set; }

    public string? Error { get; private set; }

    public static InboundWebhook Receive(string network, string body, DateTimeOffset receivedAt) => new()
    {
        Id = Guid.NewGuid(),
        Network = network,
        Body = body,
        ReceivedAt = receivedAt,
        Status = InboundWebhookStatus.Received,
    };

    public void MarkProcessed(DateTimeOffset at, int items, bool routed)
    {
        Status = routed ? InboundWebhookStatus.Processed : InboundWebhookStatus.Unrouted;
        ProcessedAt = at;
        Items = items;
        Error = routed ? null : "No channel is configured for the account this delivery was sent for.";
    }

    public void MarkFailed(DateTimeOffset at, string error)
    {
        Status = InboundWebhookStatus.Failed;
        ProcessedAt = at;
        Error = error.Length > ChannelHealth.MaxErrorLength ? error[..ChannelHealth.MaxErrorLength] : error;
    }
}
