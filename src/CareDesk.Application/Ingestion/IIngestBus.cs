namespace CareDesk.Application.Ingestion;

/// <summary>
/// Hands accepted inbound items to the intake. When <see cref="PublishAsync"/> returns, every item is durable: either
/// stored in the database (embedded) or confirmed by a majority of the broker's nodes (RabbitMQ). A caller may then
/// tell the sender "accepted"; on <see cref="IngestBusUnavailableException"/> it must not (ADR-020).
/// </summary>
public interface IIngestBus
{
    Task PublishAsync(IReadOnlyList<IngestItem> items, CancellationToken cancellationToken);
}

/// <summary>The bus refused, nacked or did not confirm in time: nothing may be reported as accepted; the sender retries.</summary>
public sealed class IngestBusUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What a webhook answer's Retry-After says: long enough for a broker restart or a leader election.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
}
