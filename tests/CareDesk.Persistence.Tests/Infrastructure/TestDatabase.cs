using CareDesk.Application;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Demo;
using CareDesk.Application.Posts;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CareDesk.Persistence.Tests.Infrastructure;

/// <summary>
/// An empty database of its own on one provider (a temp SQLite file, or a fresh database on the shared PostgreSQL
/// server), with the application and infrastructure wired as production wires them, a fake clock starting Monday
/// 2026-11-23 14:00 UTC and the demo supervisor as actor. Every call runs in its own scope, like one request.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    public const string DefaultChannel = "x-cardiozen-us";

    private readonly ServiceProvider _services;
    private readonly Func<ValueTask> _drop;

    private TestDatabase(string provider, Dictionary<string, string?> settings, Func<ValueTask> drop)
    {
        Provider = provider;
        _drop = drop;
        settings["Database:Provider"] = provider;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICurrentActor>(new TestActor());
        services.AddApplication();
        services.AddInfrastructure();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string Provider { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>An empty, unmigrated database on <paramref name="provider"/>; skips the test when PostgreSQL is unavailable by choice.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, PostgresServer server)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Directory.CreateTempSubdirectory("caredesk-persistence-").FullName;
            return new TestDatabase(provider, new() { ["Database:Path"] = Path.Combine(directory, "caredesk.db") }, () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
                return ValueTask.CompletedTask;
            });
        }

        Assert.SkipWhen(server.SkipReason is not null, server.SkipReason ?? string.Empty);
        // Migrate creates the database itself; a fresh name per test keeps tests independent and parallel.
        var connection = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "caredesk_test_" + Guid.NewGuid().ToString("N") };
        return new TestDatabase(provider, new() { ["Database:PostgresConnectionString"] = connection.ConnectionString }, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{connection.Database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>A migrated database with the demo organisation (users, channels, calendars, templates, rules) and no posts.</summary>
    public static async Task<TestDatabase> CreateSeededAsync(string provider, PostgresServer server)
    {
        var database = await CreateAsync(provider, server);
        try
        {
            await database.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct));
            await database.RunAsync((SeedDemoDataHandler seed, CancellationToken ct) => seed.HandleAsync(false, ct));
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one use case in a scope of its own, as one web request or CLI command would.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, CancellationToken, Task<T>> useCase)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await useCase(scope.ServiceProvider.GetRequiredService<TService>(), Token);
    }

    public async Task RunAsync<TService>(Func<TService, CancellationToken, Task> useCase)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await useCase(scope.ServiceProvider.GetRequiredService<TService>(), Token);
    }

    /// <summary>Reads (or tampers with) the database through a fresh scope's DbContext.</summary>
    public Task<T> QueryAsync<T>(Func<AppDbContext, CancellationToken, Task<T>> query) => RunAsync(query);

    public Task<IngestPostResult> IngestAsync(string text, string? externalId = null, string? threadId = null, DateTimeOffset? receivedAt = null) =>
        RunAsync((IngestPostHandler handler, CancellationToken ct) => handler.HandleAsync(NewPost(text, receivedAt ?? Time.GetUtcNow(), externalId, threadId), ct));

    /// <summary>A post as a channel connector delivers it, posted two minutes before it was received.</summary>
    public static IngestPostCommand NewPost(string text, DateTimeOffset receivedAt, string? externalId = null, string? threadId = null) =>
        new(DefaultChannel, externalId ?? Guid.NewGuid().ToString("N"), "@patient", text, receivedAt.AddMinutes(-2), threadId, null, null, receivedAt);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            await _drop();
        }
        catch (IOException)
        {
            // A SQLite file still held open is left for the OS temp cleaner; it never affects another test.
        }
    }
}
