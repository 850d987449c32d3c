using System.Text.Json;

namespace CareDesk.Cli.Tests;

public sealed class AuditExportCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task R30_audit_export_writes_csv_with_utc_and_local_time_columns()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("audit", "export", "--format", "csv", "--from", "2000-01-01", "--to", "2100-01-01", "--time-zone", "America/New_York");

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("sequence,at_utc,at_local,time_zone,actor,via,action");
        lines[1].ShouldContain(",America/New_York,");
        lines[1].ShouldContain("demo.seeded");
    }

    [Fact]
    public async Task R30_audit_export_jsonl_is_one_json_object_per_entry_and_an_empty_period_exports_nothing()
    {
        await _workspace.SeedDemoAsync();

        var all = await _workspace.RunAsync("audit", "export", "--format", "jsonl");
        var none = await _workspace.RunAsync("audit", "export", "--format", "jsonl", "--to", "2000-01-01");

        var lines = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThan(10);
        lines.ShouldAllBe(line => JsonDocument.Parse(line, default).RootElement.GetProperty("hash").GetString()!.Length == 64);
        none.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task R37_audit_review_reports_per_action_counts_and_the_chain_check()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("audit", "review", "--from", "2000-01-01", "--to", "2100-01-01");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("demo.seeded 1");
        result.Out.ShouldContain("Refused corrections/deletions: 0");
        result.Out.ShouldContain("Chain intact");
    }

    [Fact]
    public async Task Audit_export_with_an_unknown_format_exits_one()
    {
        var result = await _workspace.RunAsync("audit", "export", "--format", "pdf");

        result.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Retention_apply_on_fresh_demo_data_anonymises_nothing()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("retention", "apply");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Anonymised 0 case(s)");
    }

    public void Dispose() => _workspace.Dispose();
}
