using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Ingestion;

/// <summary>
/// The embedded (single-node SQLite) bus: "publishing" runs the intake right away, one scope per item, so an item is
/// committed to the database before the caller answers. Nothing sits in memory to be lost on a crash (ADR-020).
/// </summary>
public sealed class InlineIngestBus(IServiceScopeFactory scopes) : IIngestBus
{
    public async Task PublishAsync(IReadOnlyList<IngestItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            IngestTelemetry.Accepted.Add(1);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConsumeIngestItemHandler>().HandleAsync(item, cancellationToken);
        }
    }
}
