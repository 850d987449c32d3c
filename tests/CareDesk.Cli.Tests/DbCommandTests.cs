namespace CareDesk.Cli.Tests;

public sealed class DbCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Migrate_WhenDatabaseDoesNotExist_CreatesFileAndAppliesMigrations()
    {
        var result = await _workspace.RunAsync("db", "migrate");

        result.ExitCode.ShouldBe(0, result.Error);
        File.Exists(_workspace.DatabasePath).ShouldBeTrue();
        result.Out.ShouldContain("Applied migration");
        result.Out.ShouldContain(_workspace.DatabasePath);
    }

    [Fact]
    public async Task Migrate_WhenRunTwice_SaysUpToDate()
    {
        await _workspace.RunAsync("db", "migrate");

        var second = await _workspace.RunAsync("db", "migrate");

        second.ExitCode.ShouldBe(0, second.Error);
        second.Out.ShouldContain("Database is up to date.");
        second.Out.ShouldNotContain("Applied migration");
    }

    [Fact]
    public async Task Status_WhenNotMigrated_ListsPendingMigrations()
    {
        var before = await _workspace.RunAsync("db", "status");
        await _workspace.RunAsync("db", "migrate");
        var after = await _workspace.RunAsync("db", "status");

        before.ExitCode.ShouldBe(0, before.Error);
        before.Out.ShouldContain("pending migration(s)");
        after.ExitCode.ShouldBe(0, after.Error);
        after.Out.ShouldContain("Database is up to date.");
    }

    [Fact]
    public async Task SeedDemo_WhenRunTwice_SeedsOnlyOnce()
    {
        var first = await _workspace.RunAsync("db", "seed-demo");
        var second = await _workspace.RunAsync("db", "seed-demo");

        first.ExitCode.ShouldBe(0, first.Error);
        first.Out.ShouldContain("Demo data seeded.");
        second.ExitCode.ShouldBe(0, second.Error);
        second.Out.ShouldContain("already has users");
    }

    public void Dispose() => _workspace.Dispose();
}
