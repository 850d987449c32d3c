using System.Collections.Concurrent;
using System.Diagnostics;
using CareDesk.Application.Ingestion;
using RabbitMQ.Client;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>
/// Publishes items to the consistent-hash exchange, routed by tenant + conversation, persistent and mandatory, and
/// returns only after the broker confirmed every one (on a quorum queue: written by a majority of its nodes). A nack,
/// an unroutable return, a closed connection or no confirm within <see cref="RabbitMqOptions.ConfirmTimeout"/> all
/// become <see cref="IngestBusUnavailableException"/>: the caller answers 503, never 202.
/// </summary>
public sealed class RabbitMqIngestBus(RabbitMqConnection connection) : IIngestBus, IAsyncDisposable
{
    private readonly ConcurrentBag<IChannel> _idle = [];

    public async Task PublishAsync(IReadOnlyList<IngestItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connection.Options.ConfirmTimeout);
        try
        {
            await Task.WhenAll(items.Select(item => PublishOneAsync(item, timeout.Token)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IngestBusUnavailableException($"RabbitMQ did not confirm within {connection.Options.ConfirmTimeout.TotalSeconds:0.#} s.");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Whatever went wrong (nack, return, closed or recovering connection, unreachable broker), the item is not
            // known to be durable, so nobody may be told it was accepted.
            throw new IngestBusUnavailableException($"RabbitMQ did not accept the items: {failure.Message}", failure);
        }

        IngestTelemetry.Accepted.Add(items.Count);
    }

    private async Task PublishOneAsync(IngestItem item, CancellationToken cancellationToken)
    {
        var options = connection.Options;
        using var activity = IngestTelemetry.Source.StartActivity($"{options.ExchangeName} publish", ActivityKind.Producer);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.destination.name", options.ExchangeName);
        activity?.SetTag("messaging.message.id", item.MessageId);
        var channel = await RentAsync(cancellationToken);
        try
        {
            // With confirmation tracking on, this completes when the broker confirms, and throws on a nack or a return.
            await channel.BasicPublishAsync(options.ExchangeName, item.ConversationKey, mandatory: true,
                IngestMessage.PropertiesFor(item, activity ?? Activity.Current), IngestMessage.Encode(item), cancellationToken);
            _idle.Add(channel);
        }
        catch
        {
            // A channel that saw a failure is not trusted again.
            await channel.DisposeAsync();
            throw;
        }
    }

    private async Task<IChannel> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.IsOpen)
            {
                return idle;
            }

            await idle.DisposeAsync();
        }

        var open = await connection.GetAsync(cancellationToken);
        return await open.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var channel))
        {
            await channel.DisposeAsync();
        }
    }
}
