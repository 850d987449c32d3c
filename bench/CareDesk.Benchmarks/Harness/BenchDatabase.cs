using CareDesk.Application;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Demo;
using CareDesk.Classification;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// The application wired as the web host wires it, on a fresh SQLite file with the demo organisation (no demo posts),
/// so a scenario measures the product's own code paths. Screening can be swapped for precomputed outcomes.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchDatabase(string directory, Action<IServiceCollection>? configure)
    {
        Directory = directory;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = DatabasePath })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentActor, BenchActor>();
        services.AddApplication();
        services.AddInfrastructure();
        services.AddClassification();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "caredesk.db");

    public static async Task<BenchDatabase> StartAsync(Action<IServiceCollection>? configure, CancellationToken cancellationToken)
    {
        var database = new BenchDatabase(System.IO.Directory.CreateTempSubdirectory("caredesk-bench-").FullName, configure);
        await database.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct), cancellationToken);
        await database.RunAsync((SeedDemoDataHandler seed, CancellationToken ct) => seed.HandleAsync(false, ct), cancellationToken);
        return database;
    }

    /// <summary>One use case in a scope of its own, as one web request would run it.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, CancellationToken, Task<T>> useCase, CancellationToken cancellationToken)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await useCase(scope.ServiceProvider.GetRequiredService<TService>(), cancellationToken);
    }

    public async Task RunAsync<TService>(Func<TService, CancellationToken, Task> useCase, CancellationToken cancellationToken)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await useCase(scope.ServiceProvider.GetRequiredService<TService>(), cancellationToken);
    }

    /// <summary>Rows in every table, to turn a posts/s figure into the rows/s that the raw-insert limit is measured in.</summary>
    public long CountAllRows()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        long rows = 0;
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            rows += (long)count.ExecuteScalar()!;
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner; a benchmark result never depends on it.
        }
    }
}
