using CareDesk.Application.Abstractions;
using CareDesk.Application.Demo;
using CareDesk.Application.Posts;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Application.Tests.Infrastructure;

/// <summary>
/// The application and infrastructure layers wired as production wires them, on a fresh SQLite file with the demo
/// organisation, a fake clock starting Monday 2026-11-23 14:00 UTC (09:00 in New York, when the US desk opens) and a
/// settable actor. Every call runs in its own scope, so each use case gets its own DbContext, as in production.
/// </summary>
public sealed class ApplicationTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    public const string DefaultChannel = "x-cardiozen-us";

    private readonly ServiceProvider _services;
    private readonly string _directory;

    private ApplicationTestHost(string directory, Action<IServiceCollection>? configure)
    {
        _directory = directory;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = DatabasePath })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICurrentActor>(Actor);
        services.AddApplication();
        services.AddInfrastructure();
        services.AddSingleton<IPersonalDataRedactor, Classification.Signals.PiiDetectorRedactor>();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public TestActor Actor { get; } = new();

    public string DatabasePath => Path.Combine(_directory, "caredesk.db");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A migrated database with the demo organisation; demo posts only when asked for; <paramref name="configure"/> replaces services.</summary>
    public static async Task<ApplicationTestHost> StartAsync(bool includeDemoPosts = false, Action<IServiceCollection>? configure = null)
    {
        var host = new ApplicationTestHost(Directory.CreateTempSubdirectory("caredesk-app-tests-").FullName, configure);
        try
        {
            await host.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct));
            await host.RunAsync((SeedDemoDataHandler seed, CancellationToken ct) => seed.HandleAsync(includeDemoPosts, ct));
            await host.TrainEveryUserAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// R18: the seed trains demo users for a year; tests travel further (template expiry, retention), so every test
    /// actor also holds a ten-year AE/PQC record. A test that needs an untrained user deletes that user's records.
    /// </summary>
    private Task<int> TrainEveryUserAsync() => QueryAsync(async (db, ct) =>
    {
        var today = DateOnly.FromDateTime(Start.UtcDateTime);
        var users = await db.Users.Select(user => user.Id).ToListAsync(ct);
        db.TrainingRecords.AddRange(users.Select(id =>
            global::CareDesk.Domain.Training.TrainingRecord.Record(id, global::CareDesk.Application.Training.TrainingCourses.AePqcRecognition, "test", today.AddDays(-30), today.AddYears(10), "test-host", Start)));
        return await db.SaveChangesAsync(ct);
    });

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

    public Task<IngestPostResult> IngestAsync(string text, string channel = DefaultChannel, string? externalId = null, string? threadId = null) =>
        RunAsync((IngestPostHandler handler, CancellationToken ct) =>
            handler.HandleAsync(NewPost(text, Time.GetUtcNow(), channel, externalId, threadId), ct));

    /// <summary>A post as a channel connector delivers it, posted two minutes before it was received.</summary>
    public static IngestPostCommand NewPost(string text, DateTimeOffset receivedAt, string channel = DefaultChannel, string? externalId = null, string? threadId = null) =>
        new(channel, externalId ?? Guid.NewGuid().ToString("N"), "@patient", text, receivedAt.AddMinutes(-2), threadId, null, null, receivedAt);

    public void AdvanceTime(TimeSpan by) => Time.Advance(by);

    public void SignInAs(string userName, UserRole role) => Actor.SignInAs(userName, role);

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
}
