using CareDesk.Domain.Channels;

namespace CareDesk.Application.Connectors;

/// <summary>
/// One social network or inbox behind one port: pull what is new since a checkpoint, and act on the network
/// (reply, private message, hide, unhide, remove). Webhook-driven networks also implement <see cref="IWebhookConnector"/>.
/// Implementations throw <see cref="ChannelUnavailableException"/> (or a subclass) for anything the poller must
/// wait out; they never swallow an item they could not read.
/// </summary>
public interface IChannelConnector
{
    ChannelKind Kind { get; }

    /// <summary>Everything new on the channel since <see cref="ChannelPollRequest.Checkpoint"/>, oldest first.</summary>
    Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken);

    /// <summary>Performs one outbound action and returns the network's id for what it created, if anything.</summary>
    Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken);
}

/// <summary>What the poller knows about a channel when it asks a connector for news.</summary>
/// <param name="ChannelKey">CareDesk's key of the channel, for logs and errors.</param>
/// <param name="AccountId">The owned account: X user id / handle, Page id, IG user id, YouTube channel id, subreddit, mailbox.</param>
/// <param name="ListeningQuery">A public keyword search to run as well (X recent search, subreddit search), if configured.</param>
/// <param name="Checkpoint">Opaque text the connector returned last time (since_id, page cursor, IMAP UID...); null on first run.</param>
public sealed record ChannelPollRequest(string ChannelKey, string? AccountId, string? ListeningQuery, string? Checkpoint);

/// <param name="Events">Items and platform changes, oldest first; the poller stores them before saving the checkpoint.</param>
/// <param name="Checkpoint">Where to continue next time; null keeps the previous one.</param>
/// <param name="RateLimit">The network's quota state as last seen in response headers, for the channel's health page.</param>
public sealed record ChannelPollResult(IReadOnlyList<ChannelEvent> Events, string? Checkpoint, RateLimitSnapshot? RateLimit = null);

/// <summary>Quota state a network reported (x-rate-limit-*, x-ratelimit-*, X-App-Usage...).</summary>
public sealed record RateLimitSnapshot(int? Limit, double? Remaining, DateTimeOffset? ResetsAt);
