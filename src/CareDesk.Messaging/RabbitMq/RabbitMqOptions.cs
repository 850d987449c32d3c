using System.ComponentModel.DataAnnotations;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>Configuration section <c>RabbitMq</c>: where the broker is and how the ingestion topology is shaped (ADR-020).</summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    [Required]
    public Uri Uri { get; set; } = new("amqp://guest:guest@127.0.0.1:5672/");

    /// <summary>Names are {Prefix}.ingest (exchange), {Prefix}.p0.. (partitions), {Prefix}.dead (dead letters); tests use their own.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9.-]*$")]
    public string Prefix { get; set; } = "posts";

    /// <summary>The most conversations processed at once. Changing it re-maps keys, so choose it generously up front.</summary>
    [Range(1, 1024)]
    public int Partitions { get; set; } = 16;

    /// <summary>Unacknowledged messages a partition consumer holds; they are processed one after the other, in order.</summary>
    [Range(1, 5000)]
    public ushort Prefetch { get; set; } = 200;

    /// <summary>Deliveries of one message before the worker dead-letters it with its last error.</summary>
    [Range(1, 100)]
    public int DeliveryLimit { get; set; } = 5;

    /// <summary>How long a publisher waits for the broker's confirm before answering 503.</summary>
    public TimeSpan ConfirmTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// This worker subscribes first to partitions p where p mod <see cref="WorkerCount"/> == <see cref="WorkerIndex"/>,
    /// then to the rest as hot standby: single active consumer makes the first subscriber active, so this spreads load.
    /// </summary>
    [Range(0, 1023)]
    public int WorkerIndex { get; set; }

    [Range(1, 1024)]
    public int WorkerCount { get; set; } = 1;

    public string ExchangeName => $"{Prefix}.ingest";

    public string DeadLetterExchangeName => $"{Prefix}.dead";

    public string DeadLetterQueueName => $"{Prefix}.dead";

    public string PartitionQueueName(int partition) => $"{Prefix}.p{partition}";
}
