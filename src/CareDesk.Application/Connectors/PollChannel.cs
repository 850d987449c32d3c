using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

/// <param name="NextAttemptAt">When the poller reads this channel again (a rate-limit or quota reset when refused).</param>
public sealed record PollChannelResult(string ChannelKey, bool Succeeded, ReceiveChannelEventsResult? Received, string? Error, DateTimeOffset? NextAttemptAt);

/// <summary>
/// Reads one channel through its connector from the saved checkpoint, stores every item, and only then moves the
/// checkpoint: a crash in between re-reads items that intake already deduplicates, so nothing is lost or doubled.
/// A refusal by the network is recorded on the channel's health and waited out, never retried at once.
/// </summary>
public sealed class PollChannelHandler(IAppDbContext db, IEnumerable<IChannelConnector> connectors, ReceiveChannelEventsHandler receive, ScreeningGapResolver gaps, AuditTrail audit, TimeProvider time)
{
    public async Task<PollChannelResult> HandleAsync(string channelKey, CancellationToken cancellationToken)
    {
        var channel = await db.Channels.SingleOrDefaultAsync(found => found.Key == channelKey, cancellationToken)
            ?? throw new NotFoundException("Channel", channelKey);
        var connector = connectors.FirstOrDefault(found => found.Kind == channel.Kind)
            ?? throw ValidationFailedException.For("channel", $"No connector is installed for {channel.Kind} channels.");
        var health = await db.HealthOfAsync(channel.Id, cancellationToken);

        var startedAt = time.GetUtcNow();
        ChannelPollResult polled;
        try
        {
            polled = await connector.PollAsync(new ChannelPollRequest(channel.Key, channel.AccountId, channel.ListeningQuery, health.Checkpoint), cancellationToken);
        }
        catch (ChannelUnavailableException refused)
        {
            return await RecordFailureAsync(channel, health, refused.Message, refused.RetryAt, refused is ChannelRateLimitedException or ChannelQuotaExceededException, refused is ChannelQuotaExceededException, cancellationToken);
        }
        catch (Exception unexpected) when (unexpected is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or InvalidDataException && !cancellationToken.IsCancellationRequested)
        {
            return await RecordFailureAsync(channel, health, $"{unexpected.GetType().Name}: {unexpected.Message}", null, false, false, cancellationToken);
        }

        var received = await receive.HandleAsync(channel, polled.Events, startedAt, cancellationToken);
        var finishedAt = time.GetUtcNow();
        health.RecordSuccess(finishedAt, polled.Checkpoint, received.Created, channel.ScreeningInterval);
        if (polled.RateLimit is { } limit)
        {
            health.RecordRateLimit(limit.Limit, limit.Remaining, limit.ResetsAt);
        }

        await gaps.ResolveAsync(channel, finishedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PollChannelResult(channel.Key, true, received, null, health.NextAttemptAt);
    }

    private async Task<PollChannelResult> RecordFailureAsync(Channel channel, ChannelHealth health, string error, DateTimeOffset? retryAt, bool rateLimited, bool quotaSpent, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        health.RecordFailure(at, error, retryAt, rateLimited, channel.ScreeningInterval);
        if (quotaSpent)
        {
            // A spent daily quota silences the channel for hours: people must know, not just the health page.
            audit.Record("channel.quota_exceeded", nameof(Channel), channel.Id, null, new { channel = channel.Key, error, resumesAt = health.NextAttemptAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PollChannelResult(channel.Key, false, null, error, health.NextAttemptAt);
    }
}
