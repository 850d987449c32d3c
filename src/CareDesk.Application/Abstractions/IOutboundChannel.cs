using CareDesk.Domain.Channels;

namespace CareDesk.Application.Abstractions;

/// <summary>Where sent replies go. Real channel connectors implement it; the recording outbox is the default.</summary>
public interface IOutboundChannel
{
    Task SendReplyAsync(OutboundReply reply, CancellationToken cancellationToken);
}

public sealed record OutboundReply(Guid ReplyId, Channel Channel, string? InReplyToExternalId, string Text);
