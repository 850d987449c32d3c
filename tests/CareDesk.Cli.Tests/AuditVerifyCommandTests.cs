using Microsoft.Data.Sqlite;

namespace CareDesk.Cli.Tests;

public sealed class AuditVerifyCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Verify_AfterSeedDemo_ReportsIntactChain()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("audit", "verify");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Audit chain intact");
    }

    [Fact]
    public async Task Verify_WhenAnEntryWasTampered_ReturnsThree()
    {
        await _workspace.SeedDemoAsync();
        using (var connection = new SqliteConnection("Data Source=" + _workspace.DatabasePath))
        {
            connection.Open();
            using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE AuditTrail SET Actor = 'mallory' WHERE Sequence = 2";
            tamper.ExecuteNonQuery().ShouldBe(1);
        }

        var result = await _workspace.RunAsync("audit", "verify");

        result.ExitCode.ShouldBe(3);
        result.Out.ShouldContain("BROKEN at sequence 2");
    }

    [Fact]
    public async Task R42_verify_still_reports_an_intact_chain_after_erasure_shredded_the_audit_keys()
    {
        await _workspace.SeedDemoAsync();
        using (var connection = new SqliteConnection("Data Source=" + _workspace.DatabasePath))
        {
            connection.Open();
            using var shred = connection.CreateCommand();
            // What an erasure does to the audit trail (ADR-016): the data keys go, the sealed entries stay.
            shred.CommandText = "DELETE FROM AuditSubjectKeys";
            shred.ExecuteNonQuery().ShouldBeGreaterThan(0);
        }

        var result = await _workspace.RunAsync("audit", "verify");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Audit chain intact");
    }

    public void Dispose() => _workspace.Dispose();
}
