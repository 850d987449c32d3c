using CareDesk.Application;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Connectors.Tests.Harness;

/// <summary>
/// Application + infrastructure on a fresh SQLite file with the demo organisation (its seven channels), a fake clock
/// starting Monday 2026-11-23 14:00 UTC and the demo admin "ada" as the actor. Extra services (a connector,
/// a failing classifier) are added by the test; every use case runs in its own scope, as in production.
/// </summary>
internal sealed class ConnectorTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string _directory;

    private ConnectorTestHost(string directory, Action<IServiceCollection>? configure)
    {
        _directory = directory;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = Path.Combine(directory, "caredesk.db") })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICurrentActor>(new SystemActor());
        configure?.Invoke(services);
        services.AddApplication();
        services.AddInfrastructure();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<ConnectorTestHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var host = new ConnectorTestHost(Directory.CreateTempSubdirectory("caredesk-connector-tests-").FullName, configure);
        await host.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct));
        await host.RunAsync((SeedDemoDataHandler seed, CancellationToken ct) => seed.HandleAsync(false, ct));
        return host;
    }

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

    public Task<T> QueryAsync<T>(Func<AppDbContext, CancellationToken, Task<T>> query) => RunAsync(query);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; it never affects another test.
        }
    }

    /// <summary>The demo admin, so use cases gated on current training (R18) see the demo seed's training record.</summary>
    private sealed class SystemActor : ICurrentActor
    {
        public string UserName => "ada";

        public UserRole? Role => UserRole.Admin;

        public string Via => ActorVia.System;
    }
}
