using System.Security.Cryptography;
using CareDesk.Infrastructure.Documents;
using CareDesk.Infrastructure.Validation;

namespace CareDesk.Cli.Tests;

public sealed class ValidationReportCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task R36_a_requirement_with_neither_a_passed_test_nor_a_manual_entry_fails_the_pipeline()
    {
        // R2's only test failed and R3's was skipped: neither counts, and R3 has no manual entry either.
        WriteTrx("unit.trx", ("CareDesk.Tests.A.R1_screens(channel: \"x\")", "Passed"), ("CareDesk.Tests.A.R2_reports", "Failed"), ("CareDesk.Tests.B.R3_clock", "NotExecuted"));
        var manual = _workspace.WriteFile("manual.md", "| Requirement | Kind | Steps |", "|---|---|---|", "| R2 | manual | Step through the report type screen. |");

        var result = await RunReportAsync(manual);

        result.ExitCode.ShouldBe(ExitCodes.ValidationFailed);
        result.Out.ShouldContain("Validation FAIL: 3 requirements, 1 without a test; 1 tests passed, 1 failed.");
        result.Error.ShouldContain("R3 (Day 0 clock) has no passed automated test");
        result.Error.ShouldNotContain("R1 (");
        var matrix = await File.ReadAllTextAsync(Path.Combine(OutputDirectory, "traceability-matrix.md"), TestContext.Current.CancellationToken);
        matrix.ShouldContain("| R1 | Screen every channel | automated | R1_screens |");
        matrix.ShouldContain("| R2 | Report type | manual |  | R2_reports | manual: Step through the report type screen. |");
        matrix.ShouldContain("| R3 | Day 0 clock | GAP: no test |");
    }

    [Fact]
    public async Task R36_every_requirement_covered_and_every_test_passed_passes_and_writes_matrix_report_and_evidence_hashes()
    {
        WriteTrx("unit.trx", ("CareDesk.Tests.A.R1_screens", "Passed"), ("CareDesk.Tests.A.R1_screens_again", "Passed"), ("CareDesk.Tests.A.Unrelated", "Passed"));
        WriteTrx("web/web.trx", ("CareDesk.Web.Tests.C.R3_clock_shows", "Passed"));
        var manual = _workspace.WriteFile("manual.md", "| R2 | planned: issue 9 | Report type from the source. |");

        var result = await RunReportAsync(manual);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        var csv = await File.ReadAllTextAsync(Path.Combine(OutputDirectory, "traceability-matrix.csv"), TestContext.Current.CancellationToken);
        csv.ShouldContain("\"R1\",\"Screen every channel\",\"automated\",\"R1_screens;R1_screens_again\"");
        csv.ShouldContain("\"R2\",\"Report type\",\"planned: issue 9\"");
        var report = await File.ReadAllTextAsync(Path.Combine(OutputDirectory, "test-run-report.md"), TestContext.Current.CancellationToken);
        report.ShouldContain("Git commit: 0123456789abcdef0123456789abcdef01234567");
        report.ShouldContain("Tests: 4 total, 4 passed, 0 failed, 0 skipped, from 2 TRX file(s)");
        report.ShouldContain("tests ran 2026-11-23 05:00:00 UTC to 2026-11-23 05:03:00 UTC");
        var manifest = await File.ReadAllTextAsync(Path.Combine(OutputDirectory, "evidence.sha256"), TestContext.Current.CancellationToken);
        manifest.ShouldBe($"{Sha256Of("unit.trx")}  unit.trx\n{Sha256Of("web/web.trx")}  web/web.trx\n");
    }

    [Fact]
    public async Task R36_the_signed_pdf_summary_holds_the_run_report_and_trx_hashes_and_any_changed_byte_breaks_its_signature()
    {
        WriteTrx("unit.trx", ("CareDesk.Tests.A.R1_screens", "Passed"), ("CareDesk.Tests.A.R3_clock", "Passed"));
        var manual = _workspace.WriteFile("manual.md", "| R2 | justification | The customer's SOP. |");
        await RunReportAsync(manual);
        var summaryPath = Path.Combine(OutputDirectory, ValidationPackageBuilder.SummaryFile);
        var summary = await File.ReadAllBytesAsync(summaryPath, TestContext.Current.CancellationToken);

        var text = PdfText.Extract(summary);
        text.ShouldContain("Result: PASS");
        text.ShouldContain("Git commit: 0123456789abcdef0123456789abcdef01234567");
        text.ShouldContain("Tests: 2 total, 2 passed, 0 failed, 0 skipped, from 1 TRX file(s)");
        text.ShouldContain("R2 Report type - justification: The customer's SOP.");
        text.ShouldContain($"{Sha256Of("unit.trx")}  unit.trx");
        (await _workspace.RunAsync("validation", "verify", "--package", OutputDirectory)).ExitCode.ShouldBe(ExitCodes.Success);

        summary[summary.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(summaryPath, summary, TestContext.Current.CancellationToken);
        var tampered = await _workspace.RunAsync("validation", "verify", "--package", OutputDirectory);
        tampered.ExitCode.ShouldBe(ExitCodes.SignatureInvalid);
        tampered.Error.ShouldContain("signature INVALID");
    }

    [Fact]
    public async Task R36_a_release_key_signs_the_summary_and_only_its_public_key_verifies_it()
    {
        WriteTrx("unit.trx", ("CareDesk.Tests.A.R1_screens", "Passed"), ("CareDesk.Tests.A.R2_x", "Passed"), ("CareDesk.Tests.A.R3_y", "Passed"));
        using var releaseKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keyFile = _workspace.WriteFile("release-key.pem", releaseKey.ExportPkcs8PrivateKeyPem());
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherPublic = _workspace.WriteFile("other.pub.pem", otherKey.ExportSubjectPublicKeyInfoPem());
        var manual = _workspace.WriteFile("manual.md", "");

        var result = await RunReportAsync(manual, "--signing-key", keyFile);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Error.ShouldNotContain("one-time key");
        var summary = await File.ReadAllBytesAsync(Path.Combine(OutputDirectory, ValidationPackageBuilder.SummaryFile), TestContext.Current.CancellationToken);
        var signature = await File.ReadAllBytesAsync(Path.Combine(OutputDirectory, ValidationPackageBuilder.SignatureFile), TestContext.Current.CancellationToken);
        SummarySigner.Verify(summary, signature, releaseKey.ExportSubjectPublicKeyInfoPem()).ShouldBeTrue();
        (await _workspace.RunAsync("validation", "verify", "--package", OutputDirectory, "--public-key", otherPublic)).ExitCode.ShouldBe(ExitCodes.SignatureInvalid);
    }

    [Fact]
    public async Task R36_a_run_without_trx_results_is_refused_rather_than_reported_as_covered()
    {
        System.IO.Directory.CreateDirectory(ResultsDirectory);
        var manual = _workspace.WriteFile("manual.md", "| R1 | manual | a | ", "| R2 | manual | b |", "| R3 | manual | c |");

        var result = await RunReportAsync(manual);

        result.ExitCode.ShouldBe(ExitCodes.UsageError);
        result.Error.ShouldContain("No TRX files");
    }

    private string ResultsDirectory => Path.Combine(_workspace.Directory, "results");

    private string OutputDirectory => Path.Combine(_workspace.Directory, "validation");

    private Task<CliResult> RunReportAsync(string manual, params string[] extra)
    {
        var requirements = _workspace.WriteFile("requirements.md",
            "# Requirements", "", "### R1. Screen every channel", "Text.", "### R2. Report type", "Text.", "### R3. Day 0 clock", "**Acceptance test.** ...");
        return _workspace.RunAsync([
            "validation", "report", "--requirements", requirements, "--results", ResultsDirectory, "--manual", manual, "--output", OutputDirectory,
            "--commit", "0123456789abcdef0123456789abcdef01234567", .. extra]);
    }

    private void WriteTrx(string name, params (string TestName, string Outcome)[] results)
    {
        var path = Path.Combine(ResultsDirectory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var rows = string.Concat(results.Select((result, index) =>
            $"<UnitTestResult executionId=\"{Guid.NewGuid()}\" testId=\"{Guid.NewGuid()}\" testName=\"{System.Security.SecurityElement.Escape(result.TestName)}\" computerName=\"ci\" outcome=\"{result.Outcome}\" />"));
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="{Guid.NewGuid()}" name="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Times creation="2026-11-23T05:00:00.0000000+00:00" start="2026-11-23T05:00:00.0000000+00:00" finish="{(name == "unit.trx" ? "2026-11-23T05:02:00.0000000+00:00" : "2026-11-23T05:03:00.0000000+00:00")}" />
              <Results>{rows}</Results>
            </TestRun>
            """);
    }

    private string Sha256Of(string name) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(ResultsDirectory, name))));

    public void Dispose() => _workspace.Dispose();
}
