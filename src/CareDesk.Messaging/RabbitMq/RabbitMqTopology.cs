using RabbitMQ.Client;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>
/// Declares the ingestion topology (idempotent; publisher and consumers both call it, whoever starts first):
/// an x-consistent-hash exchange over P quorum partition queues with single active consumer, each with a delivery
/// limit and an at-least-once dead-letter exchange into one quorum dead-letter queue.
/// </summary>
public static class RabbitMqTopology
{
    /// <summary>Headroom over the worker's own limit: the broker's limit only catches workers that die on a message before they can dead-letter it.</summary>
    private const int BrokerDeliveryLimitHeadroom = 2;

    public static async Task DeclareAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(options.DeadLetterExchangeName, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(options.DeadLetterQueueName, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(options.DeadLetterQueueName, options.DeadLetterExchangeName, routingKey: string.Empty, cancellationToken: cancellationToken);

        // The plugin rabbitmq_consistent_hash_exchange (eng/rabbitmq.sh enables it); RabbitMQ 4.3+ also has x-modulus-hash.
        await channel.ExchangeDeclareAsync(options.ExchangeName, "x-consistent-hash", durable: true, autoDelete: false, cancellationToken: cancellationToken);
        for (var partition = 0; partition < options.Partitions; partition++)
        {
            var queue = options.PartitionQueueName(partition);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-single-active-consumer"] = true,
                ["x-delivery-limit"] = options.DeliveryLimit + BrokerDeliveryLimitHeadroom,
                ["x-dead-letter-exchange"] = options.DeadLetterExchangeName,
                // At-least-once dead-lettering needs reject-publish overflow; a full queue then nacks the publisher (503), never drops.
                ["x-dead-letter-strategy"] = "at-least-once",
                ["x-overflow"] = "reject-publish",
            }, cancellationToken: cancellationToken);
            // The binding key of a consistent-hash exchange is the partition's weight: equal weights, equal share.
            await channel.QueueBindAsync(queue, options.ExchangeName, routingKey: "1", cancellationToken: cancellationToken);
        }
    }
}
