using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>
/// Consumes the dead-letter queue into the database: each message becomes an <c>IngestDeadLetter</c> row with its reason
/// and an audit entry, acknowledged only after that commit. So a poison message ends up visible in
/// GET /api/ingest/dead-letters instead of silently sitting in (or falling out of) a broker queue.
/// </summary>
public sealed partial class DeadLetterRecorder(RabbitMqConnection connection, IServiceScopeFactory scopes, TimeProvider time, ILogger<DeadLetterRecorder> logger) : BackgroundService
{
    private IChannel? _channel;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var open = await RabbitMqIngestConsumer.ConnectWithRetryAsync(connection, time, stoppingToken, exception => LogBrokerUnreachable(exception));
        _channel = await open.CreateChannelAsync(cancellationToken: stoppingToken);
        await _channel.BasicQosAsync(0, 50, false, stoppingToken);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) => RecordAsync(_channel, delivery, stoppingToken);
        await _channel.BasicConsumeAsync(connection.Options.DeadLetterQueueName, autoAck: false, consumer, stoppingToken);
    }

    private async Task RecordAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken stoppingToken)
    {
        var body = delivery.Body.ToArray();
        var headers = delivery.BasicProperties.Headers;
        try
        {
            var command = new RecordIngestDeadLetterCommand(
                delivery.BasicProperties.MessageId ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body)),
                IngestMessage.HeaderText(headers, IngestMessage.ChannelHeader),
                IngestMessage.HeaderText(headers, IngestMessage.ConversationHeader),
                Encoding.UTF8.GetString(body),
                IngestMessage.HeaderText(headers, IngestMessage.ReasonHeader) ?? BrokerReason(headers),
                IngestMessage.HeaderText(headers, IngestMessage.SourceQueueHeader) ?? DeathField(headers, "queue") ?? "unknown",
                int.TryParse(IngestMessage.HeaderText(headers, IngestMessage.DeliveriesHeader), out var deliveries) ? deliveries : 0);
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<RecordIngestDeadLetterHandler>().HandleAsync(command, stoppingToken);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRecordFailed(exception);
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, stoppingToken);
        }
    }

    /// <summary>A message the broker dead-lettered by itself (its delivery limit): the x-death header says why.</summary>
    private static string BrokerReason(IDictionary<string, object?>? headers) =>
        $"Dead-lettered by the broker ({DeathField(headers, "reason") ?? "no reason given"}): the worker never finished it, e.g. it crashed on every delivery.";

    private static string? DeathField(IDictionary<string, object?>? headers, string field) =>
        headers is not null && headers.TryGetValue("x-death", out var deaths) && deaths is IList<object?> { Count: > 0 } list
            && list[0] is IDictionary<string, object?> death
            ? IngestMessage.HeaderText(death, field)
            : null;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "RabbitMQ is not reachable yet; the dead-letter recorder retries")]
    private partial void LogBrokerUnreachable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record a dead letter; it stays in the dead-letter queue")]
    private partial void LogRecordFailed(Exception exception);
}
