using System.Text.Json;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Triage;

namespace CareDesk.Cli.Tests;

public sealed class CasesListCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task List_AfterSeedDemo_PrintsDemoCasesAsTable()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("cases", "list");

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Case  Due (UTC)");
        lines.Length.ShouldBeGreaterThan(1);
        result.Out.ShouldContain("@jamie_runs");
        result.Out.ShouldContain("adverse_event");
        result.Out.ShouldContain("x-cardiozen-us");
    }

    [Fact]
    public async Task List_WithJsonAndLabel_ReturnsOnlyCasesWithThatLabel()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("cases", "list", "--json", "--label", "adverse_event");

        result.ExitCode.ShouldBe(0, result.Error);
        var cases = JsonSerializer.Deserialize<List<CaseSummaryDto>>(result.Out, CareDeskJson.Options).ShouldNotBeNull();
        cases.ShouldNotBeEmpty();
        cases.ShouldAllBe(item => item.Labels.Contains(TriageLabel.AdverseEvent));
    }

    [Fact]
    public async Task List_WithUnknownLabel_FailsNamingAllowedLabels()
    {
        var result = await _workspace.RunAsync("cases", "list", "--label", "spam");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("'spam'");
        result.Error.ShouldContain("adverse_event");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_WithUnknownStatus_FailsNamingAllowedStatuses()
    {
        var result = await _workspace.RunAsync("cases", "list", "--status", "closed");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("new, open, waiting, escalated, resolved");
    }

    [Fact]
    public async Task List_WhenDatabaseNotMigrated_FailsWithMigrateHint()
    {
        var result = await _workspace.RunAsync("cases", "list");

        result.ExitCode.ShouldBe(4);
        result.Error.ShouldContain("caredesk db migrate");
    }

    public void Dispose() => _workspace.Dispose();
}
