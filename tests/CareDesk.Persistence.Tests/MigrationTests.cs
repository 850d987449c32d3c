using CareDesk.Infrastructure.Persistence;
using CareDesk.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Persistence.Tests;

/// <summary>Each provider's migrations build today's whole model from nothing, and re-running them is harmless.</summary>
public sealed class MigrationTests(PostgresServer server)
{
    [Theory, ProviderData]
    public async Task Migrate_OnAnEmptyDatabase_AppliesEveryMigrationOfItsProviderAndLeavesNonePending(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);

        var applied = await database.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct));

        var expected = await database.QueryAsync((db, _) => Task.FromResult(db.Database.GetMigrations().ToList()));
        applied.ShouldBe(expected);
        applied.ShouldNotBeEmpty();
        (await database.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.PendingAsync(ct))).ShouldBeEmpty();
    }

    [Theory, ProviderData]
    public async Task Migrate_WhenRunAgain_AppliesNothingAndKeepsTheData(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var users = await database.QueryAsync((db, ct) => db.Users.CountAsync(ct));

        var second = await database.RunAsync((MigrationRunner runner, CancellationToken ct) => runner.MigrateAsync(ct));

        second.ShouldBeEmpty();
        (await database.QueryAsync((db, ct) => db.Users.CountAsync(ct))).ShouldBe(users);
        users.ShouldBeGreaterThan(0);
    }

    [Theory, ProviderData]
    public async Task Migrate_OnEachProvider_UsesThatProvidersOwnMigrationsAssembly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);

        var migrations = await database.QueryAsync((db, _) => Task.FromResult(db.Database.GetMigrations().ToList()));

        // The PostgreSQL history starts from one migration of the whole model; SQLite keeps its own longer history.
        (migrations[0].EndsWith("_InitialPostgres", StringComparison.Ordinal)).ShouldBe(provider == DatabaseProvider.Postgres);
    }
}
