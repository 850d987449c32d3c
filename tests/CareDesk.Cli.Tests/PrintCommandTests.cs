using CareDesk.Infrastructure.Documents;

namespace CareDesk.Cli.Tests;

public sealed class PrintCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task R30_cases_print_writes_the_case_record_with_its_audit_trail_as_a_pdf()
    {
        await _workspace.SeedDemoAsync();  // the demo posts open cases 1, 2, ...
        var output = Path.Combine(_workspace.Directory, "case.pdf");

        var result = await _workspace.RunAsync("cases", "print", "--case", "1", "--time-zone", "Europe/London", "--output", output);

        result.ExitCode.ShouldBe(0, result.Error);
        var text = PdfText.Extract(await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken));
        text.ShouldContain("Case record 1");
        text.ShouldContain("Source posts (");
        text.ShouldContain("Text as received: ");
        text.ShouldContain("post.received on Post");
        text.ShouldContain("Europe/London");
    }

    [Fact]
    public async Task R30_audit_export_as_pdf_needs_an_output_file_and_then_writes_the_printable_trail()
    {
        await _workspace.SeedDemoAsync();
        var output = Path.Combine(_workspace.Directory, "audit.pdf");

        var refused = await _workspace.RunAsync("audit", "export", "--format", "pdf");
        var written = await _workspace.RunAsync("audit", "export", "--format", "pdf", "--output", output);

        refused.ExitCode.ShouldBe(ExitCodes.UsageError);
        written.ExitCode.ShouldBe(0, written.Error);
        var text = PdfText.Extract(await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken));
        text.ShouldContain("Audit trail export");
        text.ShouldContain("demo.seeded");
    }

    public void Dispose() => _workspace.Dispose();
}
