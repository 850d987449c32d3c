using System.Globalization;
using CareDesk.Application.Ingestion;
using CareDesk.Messaging.RabbitMq;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// One scenario's ingestion topology on the bench broker (its own prefix), the product's own publisher on it
/// (confirms, consistent hash by conversation), and the settings a web host or worker child process needs to use it.
/// </summary>
public sealed class BusTopology : IAsyncDisposable
{
    private readonly RabbitMqConnection _connection;

    public BusTopology(Uri uri, string prefix, int partitions)
    {
        Options = new RabbitMqOptions { Uri = uri, Prefix = prefix, Partitions = partitions, ConfirmTimeout = TimeSpan.FromSeconds(15) };
        _connection = new RabbitMqConnection(Microsoft.Extensions.Options.Options.Create(Options), "caredesk-bench-" + prefix);
        Publisher = new RabbitMqIngestBus(_connection);
    }

    public RabbitMqOptions Options { get; }

    public IIngestBus Publisher { get; }

    public RabbitMqConnection Connection => _connection;

    /// <summary>Environment settings for a child process (web host or worker) on this topology and database.</summary>
    public Dictionary<string, string> ProcessSettings(string databasePath, int workerIndex = 0, int workerCount = 1) => new()
    {
        ["Database__Path"] = databasePath,
        ["RabbitMq__Uri"] = Options.Uri.ToString(),
        ["RabbitMq__Prefix"] = Options.Prefix,
        ["RabbitMq__Partitions"] = Options.Partitions.ToString(CultureInfo.InvariantCulture),
        ["RabbitMq__WorkerIndex"] = workerIndex.ToString(CultureInfo.InvariantCulture),
        ["RabbitMq__WorkerCount"] = workerCount.ToString(CultureInfo.InvariantCulture),
    };

    public async ValueTask DisposeAsync()
    {
        await ((RabbitMqIngestBus)Publisher).DisposeAsync();
        await _connection.DisposeAsync();
    }
}
