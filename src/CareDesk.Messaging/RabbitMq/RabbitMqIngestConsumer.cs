using System.Diagnostics;
using CareDesk.Application.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>
/// The worker's side of the bus: one channel and consumer per partition queue (home partitions first, the rest as hot
/// standby; single active consumer decides who is active). Messages of a partition are handled one after the other,
/// each in its own scope through <see cref="ConsumeIngestItemHandler"/>, and acknowledged only after the database
/// commit, so a worker killed at any point loses nothing: the broker re-delivers whatever was not acked.
/// </summary>
public sealed partial class RabbitMqIngestConsumer(RabbitMqConnection connection, IServiceScopeFactory scopes, DeadLetterPublisher deadLetters, TimeProvider time,
    ILogger<RabbitMqIngestConsumer> logger) : BackgroundService
{
    private readonly List<IChannel> _channels = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var open = await ConnectWithRetryAsync(connection, time, stoppingToken, exception => LogBrokerUnreachable(exception));
        var options = connection.Options;
        foreach (var partition in SubscriptionOrder(options))
        {
            var queue = options.PartitionQueueName(partition);
            var channel = await open.CreateChannelAsync(cancellationToken: stoppingToken);
            await channel.BasicQosAsync(prefetchSize: 0, prefetchCount: options.Prefetch, global: false, stoppingToken);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, queue, delivery, stoppingToken);
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer, stoppingToken);
            _channels.Add(channel);
        }

        LogSubscribed(options.Partitions, options.WorkerIndex, options.WorkerCount);
    }

    /// <summary>Home partitions (p mod WorkerCount == WorkerIndex) first, so each worker becomes active on its own share.</summary>
    public static IEnumerable<int> SubscriptionOrder(RabbitMqOptions options)
    {
        var all = Enumerable.Range(0, options.Partitions).ToList();
        return all.Where(partition => partition % options.WorkerCount == options.WorkerIndex)
            .Concat(all.Where(partition => partition % options.WorkerCount != options.WorkerIndex));
    }

    public static async Task<IConnection> ConnectWithRetryAsync(RabbitMqConnection connection, TimeProvider time, CancellationToken stoppingToken, Action<Exception> onFailure)
    {
        while (true)
        {
            try
            {
                return await connection.GetAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                onFailure(exception);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    private async Task HandleAsync(IChannel channel, string queue, BasicDeliverEventArgs delivery, CancellationToken stoppingToken)
    {
        var body = delivery.Body.ToArray();
        var headers = delivery.BasicProperties.Headers;
        using var activity = IngestTelemetry.Source.StartActivity($"{queue} process", ActivityKind.Consumer, IngestMessage.Extract(headers));
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.destination.name", queue);
        activity?.SetTag("messaging.message.id", delivery.BasicProperties.MessageId);
        var deliveries = DeliveryCount(delivery) + 1;
        try
        {
            var item = IngestMessage.Decode(body);
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ConsumeIngestItemHandler>().HandleAsync(item, stoppingToken);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-message: not acked, so the broker hands it to the next active consumer.
        }
        catch (PoisonIngestItemException poison)
        {
            await GiveUpAsync(channel, queue, delivery, body, poison.Message, deliveries, stoppingToken);
        }
        catch (Exception failure)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            if (deliveries >= connection.Options.DeliveryLimit)
            {
                await GiveUpAsync(channel, queue, delivery, body, $"Failed on {deliveries} deliveries; last error {failure.GetType().Name}: {failure.Message}", deliveries, stoppingToken);
                return;
            }

            LogRetrying(failure, queue, delivery.BasicProperties.MessageId, deliveries);
            // A short pause so a briefly locked database is not hammered; the message goes back to the head of its queue.
            await Task.Delay(TimeSpan.FromMilliseconds(200 * deliveries), time, stoppingToken);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, stoppingToken);
        }
    }

    private async Task GiveUpAsync(IChannel channel, string queue, BasicDeliverEventArgs delivery, byte[] body, string reason, int deliveries, CancellationToken stoppingToken)
    {
        LogDeadLettering(queue, delivery.BasicProperties.MessageId, reason);
        try
        {
            await deadLetters.PublishAsync(delivery.BasicProperties, body, reason, queue, deliveries, stoppingToken);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The dead-letter exchange did not confirm: keep the message where it is rather than lose it.
            LogDeadLetterFailed(exception, queue);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, stoppingToken);
        }
    }

    /// <summary>Quorum queues count earlier deliveries in x-delivery-count; a plain redelivery flag means at least one.</summary>
    private static int DeliveryCount(BasicDeliverEventArgs delivery)
    {
        var counted = IngestMessage.HeaderText(delivery.BasicProperties.Headers, "x-delivery-count");
        return counted is not null && int.TryParse(counted, out var count) ? count : delivery.Redelivered ? 1 : 0;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var channel in _channels)
        {
            await channel.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "RabbitMQ is not reachable yet; retrying")]
    private partial void LogBrokerUnreachable(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming {Partitions} partition(s) as worker {WorkerIndex} of {WorkerCount}")]
    private partial void LogSubscribed(int partitions, int workerIndex, int workerCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake of {MessageId} from {Queue} failed on delivery {Deliveries}; it goes back to the queue")]
    private partial void LogRetrying(Exception exception, string queue, string? messageId, int deliveries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dead-lettering {MessageId} from {Queue}: {Reason}")]
    private partial void LogDeadLettering(string queue, string? messageId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not dead-letter a message from {Queue}; it stays in its queue")]
    private partial void LogDeadLetterFailed(Exception exception, string queue);
}
