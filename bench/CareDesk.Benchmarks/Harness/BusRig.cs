using CareDesk.Application.Connectors;
using CareDesk.Application.Ingestion;
using Microsoft.Data.Sqlite;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// What S5 and S6 share: a migrated, seeded SQLite file (the demo organisation, no posts), a topology of the scenario's
/// own on the run's broker with the product's publisher (items stamped at the door, as the web host stamps them), and
/// real CareDesk.Worker processes on both. No web host: these scenarios are about the bus and the workers behind it.
/// </summary>
public sealed class BusRig : IAsyncDisposable
{
    public const string ChannelKey = "x-cardiozen-us";

    private readonly BenchDatabase _database;
    private readonly string _repositoryRoot;
    private readonly List<WorkerHostProcess> _workers = [];

    private BusRig(BenchDatabase database, BusTopology topology, string brandKey, string repositoryRoot)
    {
        _database = database;
        Topology = topology;
        BrandKey = brandKey;
        _repositoryRoot = repositoryRoot;
    }

    public BusTopology Topology { get; }

    public string BrandKey { get; }

    public string DatabasePath => _database.DatabasePath;

    public static async Task<BusRig> StartAsync(BenchContext context, string prefix, int partitions, CancellationToken cancellationToken)
    {
        var broker = await BenchBroker.GetAsync(context.RepositoryRoot, cancellationToken);
        var database = await BenchDatabase.StartAsync(null, cancellationToken);
        var topology = new BusTopology(broker.Uri, prefix + Guid.NewGuid().ToString("N")[..6], partitions);
        await topology.Connection.GetAsync(cancellationToken); // declares the topology before any worker subscribes
        return new BusRig(database, topology, BrandOf(database.DatabasePath), context.RepositoryRoot);
    }

    /// <summary>A worker on this rig's database and topology, ready (database and broker reachable) when this returns.</summary>
    public async Task<WorkerHostProcess> StartWorkerAsync(CancellationToken cancellationToken)
    {
        var worker = await WorkerHostProcess.StartAsync(_repositoryRoot, Topology.ProcessSettings(DatabasePath), cancellationToken);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>A new post in a conversation of its own thread, stamped as received now (the SLA clocks must start here).</summary>
    public IngestItem Post(string externalId, string threadId, string text) =>
        new(ChannelKey, BrandKey, new ChannelEvent(ChannelEventKind.Created, externalId, "@bench", text, DateTimeOffset.UtcNow.AddSeconds(-1), threadId), DateTimeOffset.UtcNow);

    private static string BrandOf(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT BrandId FROM Channels WHERE Key = $key";
        command.Parameters.AddWithValue("$key", ChannelKey);
        return Guid.Parse((string)command.ExecuteScalar()!).ToString("N");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await Topology.DisposeAsync();
        await _database.DisposeAsync();
    }
}
