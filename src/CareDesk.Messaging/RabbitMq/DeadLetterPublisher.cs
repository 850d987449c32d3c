using RabbitMQ.Client;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>
/// Moves a message the worker gave up on to the dead-letter exchange with the reason in a header, confirmed before the
/// original is acked. (The broker's own delivery limit dead-letters too, but without our reason; it is the backstop
/// for a worker that dies on a message before it can say why.)
/// </summary>
public sealed class DeadLetterPublisher(RabbitMqConnection connection) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    public async Task PublishAsync(IReadOnlyBasicProperties original, byte[] body, string reason, string sourceQueue, int deliveries, CancellationToken cancellationToken)
    {
        var headers = original.Headers is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(original.Headers);
        headers[IngestMessage.ReasonHeader] = reason;
        headers[IngestMessage.SourceQueueHeader] = sourceQueue;
        headers[IngestMessage.DeliveriesHeader] = deliveries;
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = original.ContentType,
            MessageId = original.MessageId,
            Headers = headers,
        };

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_channel is not { IsOpen: true })
            {
                var open = await connection.GetAsync(cancellationToken);
                _channel = await open.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(connection.Options.ConfirmTimeout);
            await _channel.BasicPublishAsync(connection.Options.DeadLetterExchangeName, string.Empty, mandatory: true, properties, body, timeout.Token);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        _gate.Dispose();
    }
}
