using System.Collections.Concurrent;
using System.Diagnostics;
using CareDesk.Application.Connectors;
using CareDesk.Application.Ingestion;
using HdrHistogram;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// The broker alone, as the in-run limit of the bus scenarios: the product's publisher (confirms, persistent, consistent
/// hash over quorum partitions) into a topology of its own, consumed by RabbitMQ.Client consumers that ack and do no work.
/// </summary>
public static class BrokerRoundTrip
{
    /// <summary>Publish -> consume latency at a fixed offered rate (open loop, from the scheduled send time).</summary>
    public static async Task<LoadStep> LatencyAsync(Uri uri, int partitions, double perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var topology = new BusTopology(uri, "rt" + Guid.NewGuid().ToString("N")[..8], partitions);
        var connection = await topology.Connection.GetAsync(cancellationToken);
        var sentAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var histogram = new LongHistogram(120_000_000, 3);
        long received = 0;
        var channels = new List<IChannel>();
        for (var partition = 0; partition < partitions; partition++)
        {
            var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await channel.BasicQosAsync(0, 200, false, cancellationToken);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                if (delivery.BasicProperties.MessageId is { } id && sentAt.TryGetValue(id, out var sent))
                {
                    lock (histogram)
                    {
                        histogram.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(sent).TotalMicroseconds));
                    }

                    Interlocked.Increment(ref received);
                }

                await channel.BasicAckAsync(delivery.DeliveryTag, false, cancellationToken);
            };
            await channel.BasicConsumeAsync(topology.Options.PartitionQueueName(partition), false, consumer, cancellationToken);
            channels.Add(channel);
        }

        var total = (long)(perSecond * duration.TotalSeconds);
        var publishes = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var watch = Stopwatch.StartNew();
        for (long scheduled = 0; scheduled < total;)
        {
            var due = Math.Min(total, (long)(watch.Elapsed.TotalSeconds * perSecond) + 1);
            for (; scheduled < due; scheduled++)
            {
                var item = Item(scheduled);
                sentAt[item.MessageId] = start + (long)(scheduled / perSecond * Stopwatch.Frequency);
                publishes.Add(topology.Publisher.PublishAsync([item], cancellationToken));
            }

            await Task.Delay(1, cancellationToken);
        }

        await Task.WhenAll(publishes);
        var drained = Stopwatch.StartNew();
        while (Interlocked.Read(ref received) < total && drained.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(5, cancellationToken);
        }

        foreach (var channel in channels)
        {
            await channel.DisposeAsync();
        }

        return LoadStep.From(histogram, received, total - received, watch.Elapsed);
    }

    /// <summary>Confirmed publishes per second, closed loop, in batches of one item per conversation (as the scenarios publish).</summary>
    public static async Task<double> ConfirmedPublishRateAsync(Uri uri, int partitions, int batches, int batchSize, CancellationToken cancellationToken)
    {
        await using var topology = new BusTopology(uri, "pub" + Guid.NewGuid().ToString("N")[..8], partitions);
        await topology.Connection.GetAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        for (var batch = 0; batch < batches; batch++)
        {
            await topology.Publisher.PublishAsync(Enumerable.Range(0, batchSize).Select(index => Item(((long)batch * batchSize) + index)).ToArray(), cancellationToken);
        }

        return batches * batchSize / watch.Elapsed.TotalSeconds;
    }

    /// <summary>A realistic-size item (a short post) in its own conversation; nothing consumes it but the no-work consumer.</summary>
    private static IngestItem Item(long sequence) => new("x-cardiozen-us", "bench",
        new ChannelEvent(ChannelEventKind.Created, $"rt-{sequence}", "@bench", "Cardiozen gave me a headache after the second dose, is that normal?", DateTimeOffset.UtcNow, $"rt-thread-{sequence}"),
        DateTimeOffset.UtcNow);
}
