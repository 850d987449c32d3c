using System.Globalization;
using CareDesk.Application;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Connectors;
using CareDesk.Application.Demo;
using CareDesk.Application.Ingestion;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Messaging;
using CareDesk.Messaging.RabbitMq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareDesk.Worker.Tests.Infrastructure;

/// <summary>
/// The worker's composition in-process: application + infrastructure on a SQLite file with the demo organisation, the
/// RabbitMQ publisher, the partition consumers and the dead-letter recorder, all on a topology of the test's own.
/// Real clock (the broker is real time too); tests poll for the outcome.
/// </summary>
public sealed class BusTestHost : IAsyncDisposable
{
    public const string Channel = "x-cardiozen-us";

    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _running = [];
    private readonly string? _ownedDirectory;

    private BusTestHost(RabbitMqOptions bus, string databasePath, string? ownedDirectory)
    {
        _ownedDirectory = ownedDirectory;
        Bus = bus;
        DatabasePath = databasePath;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(bus, databasePath)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<ICurrentActor, SystemActor>();
        services.AddApplication();
        services.AddInfrastructure();
        services.AddRabbitMqIngestConsumers("caredesk-tests");
        _services = services.BuildServiceProvider();
    }

    public RabbitMqOptions Bus { get; }

    public string DatabasePath { get; }

    public string BrandKey { get; private set; } = string.Empty;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A migrated, seeded database of its own; consumers started unless <paramref name="consume"/> is false.</summary>
    public static async Task<BusTestHost> StartAsync(RabbitMqOptions bus, bool consume = true, string? databasePath = null)
    {
        var directory = databasePath is null ? Directory.CreateTempSubdirectory("caredesk-bus-tests-").FullName : null;
        var host = new BusTestHost(bus, databasePath ?? Path.Combine(directory!, "caredesk.db"), directory);
        try
        {
            if (directory is not null)
            {
                await host.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct));
                await host.RunAsync((SeedDemoDataHandler seed, CancellationToken ct) => seed.HandleAsync(false, ct));
            }

            // Opening the connection declares the topology, so a test may publish raw messages to it right away.
            await host._services.GetRequiredService<RabbitMqConnection>().GetAsync(Token);
            var brandId = await host.QueryAsync(db => db.Channels.Where(channel => channel.Key == Channel).Select(channel => channel.BrandId).SingleAsync(Token));
            host.BrandKey = brandId.ToString("N");
            if (consume)
            {
                await host.StartConsumersAsync();
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public static Dictionary<string, string?> Settings(RabbitMqOptions bus, string databasePath) => new()
    {
        ["Database:Path"] = databasePath,
        ["RabbitMq:Uri"] = bus.Uri.ToString(),
        ["RabbitMq:Prefix"] = bus.Prefix,
        ["RabbitMq:Partitions"] = bus.Partitions.ToString(CultureInfo.InvariantCulture),
        ["RabbitMq:Prefetch"] = bus.Prefetch.ToString(CultureInfo.InvariantCulture),
        ["RabbitMq:DeliveryLimit"] = bus.DeliveryLimit.ToString(CultureInfo.InvariantCulture),
        ["RabbitMq:ConfirmTimeout"] = bus.ConfirmTimeout.ToString("c", CultureInfo.InvariantCulture),
    };

    public async Task StartConsumersAsync()
    {
        foreach (var service in _services.GetServices<IHostedService>())
        {
            await service.StartAsync(Token);
            _running.Add(service);
        }
    }

    /// <summary>A new post on the Cardiozen US X channel, accepted now.</summary>
    public IngestItem NewPost(string externalId, string text, string? threadId = null) =>
        new(Channel, BrandKey, new ChannelEvent(ChannelEventKind.Created, externalId, "@patient", text, DateTimeOffset.UtcNow.AddMinutes(-1), threadId), DateTimeOffset.UtcNow);

    public Task PublishAsync(params IngestItem[] items) => _services.GetRequiredService<IIngestBus>().PublishAsync(items, Token);

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
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

    /// <summary>How many stored posts have these external ids.</summary>
    public Task<int> CountPostsAsync(IReadOnlyCollection<string> externalIds) =>
        QueryAsync(db => db.Posts.CountAsync(post => externalIds.Contains(post.ExternalId), Token));

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _running)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownedDirectory is not null)
        {
            try
            {
                Directory.Delete(_ownedDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS temp cleaner.
            }
        }
    }

    private sealed class SystemActor : ICurrentActor
    {
        public string UserName => "worker:tests";

        public UserRole? Role => null;

        public string Via => ActorVia.System;
    }
}
