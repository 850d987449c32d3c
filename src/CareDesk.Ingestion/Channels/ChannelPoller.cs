using CareDesk.Application.Connectors;
using CareDesk.Application.Moderation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDesk.Ingestion.Channels;

/// <summary>
/// Reads every ingested channel whose screening slot has come, one scope per channel so one network's failure never
/// stops another's, then checks for screening gaps (R1). Driven by the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class ChannelPoller(IServiceScopeFactory scopes, TimeProvider time, IOptions<ChannelPollerOptions> options, ILogger<ChannelPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollerTick, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: poll what is due, deliver waiting replies and page moderation (hide, unhide, delete), then raise gap alerts. Returns the poll results (for tests and logs).</summary>
    public async Task<IReadOnlyList<PollChannelResult>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var results = new List<PollChannelResult>();
        try
        {
            IReadOnlyList<string> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                due = await scope.ServiceProvider.GetRequiredService<ListChannelsDueForPollingHandler>().HandleAsync(cancellationToken);
            }

            foreach (var channelKey in due)
            {
                if (await PollAsync(channelKey, cancellationToken) is { } result)
                {
                    results.Add(result);
                }
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                var sent = await scope.ServiceProvider.GetRequiredService<DeliverOutboundMessagesHandler>().HandleAsync(cancellationToken);
                if (sent.Delivered + sent.Refused + sent.Failed > 0)
                {
                    LogDelivered(sent.Delivered, sent.Refused, sent.Failed);
                }
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                var moderated = await scope.ServiceProvider.GetRequiredService<DeliverModerationActionsHandler>().HandleAsync(cancellationToken);
                if (moderated.Delivered > 0)
                {
                    LogModerated(moderated.Delivered, moderated.Waiting);
                }
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                foreach (var alert in await scope.ServiceProvider.GetRequiredService<CheckScreeningGapsHandler>().HandleAsync(cancellationToken))
                {
                    LogScreeningGap(alert.ChannelKey, alert.LastIngestedAt);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRoundFailed(exception);
        }

        return results;
    }

    private async Task<PollChannelResult?> PollAsync(string channelKey, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<PollChannelHandler>().HandleAsync(channelKey, cancellationToken);
            if (result.Succeeded)
            {
                LogPolled(channelKey, result.Received?.Created ?? 0, result.Received?.Total ?? 0);
            }
            else
            {
                LogPollRefused(channelKey, result.Error, result.NextAttemptAt);
            }

            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPollFailed(exception, channelKey);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Channel}: {Created} new of {Total} item(s)")]
    private partial void LogPolled(string channel, int created, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel} unavailable: {Error}; next attempt at {NextAttempt}")]
    private partial void LogPollRefused(string channel, string? error, DateTimeOffset? nextAttempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {Channel} failed; it is retried on its next slot")]
    private partial void LogPollFailed(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Page moderation: {Delivered} hide/unhide/delete actions made on the networks, {Waiting} waiting")]
    private partial void LogModerated(int delivered, int waiting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound replies: {Delivered} delivered, {Refused} refused (will retry), {Failed} failed")]
    private partial void LogDelivered(int delivered, int refused, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening gap on {Channel}: last successful ingestion {LastIngestedAt}")]
    private partial void LogScreeningGap(string channel, DateTimeOffset? lastIngestedAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel polling round failed; retrying on the next tick")]
    private partial void LogRoundFailed(Exception exception);
}
