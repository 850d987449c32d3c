using System.Globalization;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Printing;

namespace CareDesk.Infrastructure.Validation;

/// <param name="RequirementsFile">The regulatory requirements (R1-R58), read in place.</param>
/// <param name="ResultsDirectory">Where "dotnet test --logger trx" left its TRX files.</param>
/// <param name="ManualTestsFile">Manual tests, justifications and plans for requirements without an automated test.</param>
/// <param name="OutputDirectory">Where the package is written (artifacts/validation).</param>
/// <param name="Commit">The git commit the run built.</param>
public sealed record ValidationPackageRequest(string RequirementsFile, string ResultsDirectory, string ManualTestsFile, string OutputDirectory, string Commit);

public sealed record ValidationPackageResult(TraceabilityMatrix Matrix, TestRunEvidence Evidence, DateTimeOffset GeneratedAt, IReadOnlyList<string> WrittenFiles)
{
    /// <summary>The pipeline passes only when every requirement is covered and no test failed.</summary>
    public bool Passed => Matrix.Gaps.Count == 0 && Evidence.Failed == 0;
}

/// <summary>
/// Builds the R36 validation package from the repository and the test run: traceability matrix (Markdown and CSV),
/// test run report, SHA-256 manifest of the TRX evidence, and a PDF summary with a detached ECDSA signature.
/// </summary>
public sealed class ValidationPackageBuilder(IPdfRenderer pdf, TimeProvider time)
{
    public const string SummaryFile = "validation-summary.pdf";
    public const string SignatureFile = "validation-summary.pdf.sig";
    public const string PublicKeyFile = "validation-signing-key.pub.pem";
    public const string ManifestFile = "evidence.sha256";

    public ValidationPackageResult Build(ValidationPackageRequest request, SummarySigner signer)
    {
        var requirements = RequirementCatalog.Parse(File.ReadAllText(request.RequirementsFile));
        if (requirements.Count == 0)
        {
            throw new InvalidDataException($"No '### R<n>. Title' headings in {request.RequirementsFile}.");
        }

        var evidence = TrxReader.Load(request.ResultsDirectory);
        if (evidence.Files.Count == 0)
        {
            throw new InvalidDataException($"No TRX files under {request.ResultsDirectory}: run the tests with '--logger trx' first.");
        }

        var manual = File.Exists(request.ManualTestsFile) ? ManualTestCatalog.Parse(File.ReadAllText(request.ManualTestsFile)) : new Dictionary<int, ManualEntry>();
        var matrix = TraceabilityMatrix.Build(requirements, evidence.Tests, manual);
        var generatedAt = time.GetUtcNow();
        var result = new ValidationPackageResult(matrix, evidence, generatedAt, []);

        Directory.CreateDirectory(request.OutputDirectory);
        var written = new List<string>();
        void Write(string name, byte[] content)
        {
            var path = Path.Combine(request.OutputDirectory, name);
            File.WriteAllBytes(path, content);
            written.Add(path);
        }

        Write("traceability-matrix.md", Encoding.UTF8.GetBytes(ValidationReports.MatrixMarkdown(matrix)));
        Write("traceability-matrix.csv", Encoding.UTF8.GetBytes(ValidationReports.MatrixCsv(matrix)));
        Write("test-run-report.md", Encoding.UTF8.GetBytes(ValidationReports.RunReportMarkdown(result, request.Commit)));
        Write(ManifestFile, Encoding.UTF8.GetBytes(string.Concat(evidence.Files.Select(file => $"{file.Sha256}  {file.Name}\n"))));
        var summary = pdf.Render(ValidationReports.Summary(result, request.Commit, signer));
        Write(SummaryFile, summary);
        Write(SignatureFile, signer.Sign(summary));
        Write(PublicKeyFile, Encoding.ASCII.GetBytes(signer.PublicKeyPem + "\n"));
        return result with { WrittenFiles = written };
    }
}

/// <summary>The human-readable parts of the package; one place so the Markdown, CSV and PDF agree.</summary>
internal static class ValidationReports
{
    public static string MatrixMarkdown(TraceabilityMatrix matrix)
    {
        var text = new StringBuilder("# Traceability matrix\n\n| Requirement | Title | Coverage | Automated tests (passed) | Failed | Manual test / justification |\n|---|---|---|---|---|---|\n");
        foreach (var row in matrix.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Requirement.Id} | {Cell(row.Requirement.Title)} | {Cell(row.Coverage)} | {Cell(string.Join("<br>", row.PassedTests))} | ")
                .Append(CultureInfo.InvariantCulture, $"{Cell(string.Join("<br>", row.FailedTests))} | {Cell(row.Manual is { } entry ? $"{entry.Kind}: {entry.Description}" : "")} |\n");
        }

        return text.ToString();
    }

    public static string MatrixCsv(TraceabilityMatrix matrix)
    {
        var text = new StringBuilder("requirement,title,coverage,passed_tests,failed_tests,manual\r\n");
        foreach (var row in matrix.Rows)
        {
            string[] cells = [row.Requirement.Id, row.Requirement.Title, row.Coverage, string.Join(';', row.PassedTests), string.Join(';', row.FailedTests), row.Manual is { } entry ? $"{entry.Kind}: {entry.Description}" : ""];
            text.AppendJoin(',', cells.Select(cell => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append("\r\n");
        }

        return text.ToString();
    }

    public static string RunReportMarkdown(ValidationPackageResult result, string commit)
    {
        var evidence = result.Evidence;
        var text = new StringBuilder("# Test run report\n\n");
        foreach (var line in RunFacts(result, commit))
        {
            text.Append("- ").Append(line).Append('\n');
        }

        text.Append("\n## Evidence files (SHA-256)\n\n");
        foreach (var file in evidence.Files)
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{file.Sha256}` {file.Name} ({file.Bytes} bytes)\n");
        }

        text.Append("\n## Failed tests\n\n").Append(evidence.Failed == 0 ? "None.\n" : string.Concat(evidence.Tests.Where(test => test.Outcome == TestOutcome.Failed).Select(test => $"- {test.FullName}\n")));
        text.Append("\n## Requirements without a test (gaps)\n\n").Append(result.Matrix.Gaps.Count == 0 ? "None.\n" : string.Concat(result.Matrix.Gaps.Select(row => $"- {row.Requirement.Id} {row.Requirement.Title}\n")));
        return text.ToString();
    }

    public static PrintableDocument Summary(ValidationPackageResult result, string commit, SummarySigner signer)
    {
        var lines = new List<PrintLine> { PrintLine.Heading("Test run report") };
        lines.AddRange(RunFacts(result, commit).Select(line => new PrintLine(line)));
        lines.Add(PrintLine.Heading("Traceability matrix summary"));
        foreach (var row in result.Matrix.Rows)
        {
            var tests = row.PassedTests.Count > 0 ? $"{row.PassedTests.Count} automated test(s) passed" : "";
            var manual = row.Manual is { } entry ? $"{entry.Kind}: {entry.Description}" : "";
            var coverage = row.Covered ? string.Join("; ", new[] { tests, manual }.Where(part => part.Length > 0)) : "GAP: NO TEST";
            lines.Add(new PrintLine($"{row.Requirement.Id} {row.Requirement.Title} - {coverage}"));
        }

        lines.Add(PrintLine.Heading("Evidence files (SHA-256 of the TRX results)"));
        lines.AddRange(result.Evidence.Files.Select(file => new PrintLine($"{file.Sha256}  {file.Name}")));
        lines.Add(PrintLine.Heading("Signature"));
        lines.Add(new PrintLine($"This PDF is signed with ECDSA P-256 / SHA-256; the detached signature is {ValidationPackageBuilder.SignatureFile}, the public key {ValidationPackageBuilder.PublicKeyFile}."));
        lines.Add(new PrintLine($"Public key SHA-256 fingerprint: {signer.PublicKeyFingerprint}{(signer.IsEphemeral ? " (one-time key: no release key was configured)" : "")}"));
        lines.Add(new PrintLine($"Verify: openssl dgst -sha256 -verify {ValidationPackageBuilder.PublicKeyFile} -signature {ValidationPackageBuilder.SignatureFile} {ValidationPackageBuilder.SummaryFile}"));
        lines.Add(new PrintLine("Evidence: sha256sum -c evidence.sha256 in the test-results folder shows any changed TRX file."));
        var footer = $"CareDesk validation summary - commit {Short(commit)} - {result.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}";
        return new PrintableDocument("CareDesk validation summary (R36)", footer, lines);
    }

    private static IEnumerable<string> RunFacts(ValidationPackageResult result, string commit)
    {
        var evidence = result.Evidence;
        var matrix = result.Matrix;
        yield return $"Result: {(result.Passed ? "PASS" : "FAIL")}";
        yield return $"Git commit: {commit}";
        yield return $"Generated at: {Utc(result.GeneratedAt)}; tests ran {Utc(evidence.StartedAt)} to {Utc(evidence.FinishedAt)}";
        yield return $"Tests: {evidence.Tests.Count} total, {evidence.Passed} passed, {evidence.Failed} failed, {evidence.Skipped} skipped, from {evidence.Files.Count} TRX file(s)";
        yield return $"Requirements: {matrix.Rows.Count}; {matrix.Rows.Count(row => row.PassedTests.Count > 0)} with passing automated tests, "
            + $"{matrix.Rows.Count(row => row.PassedTests.Count == 0 && row.Manual is not null)} manual/planned only, {matrix.Gaps.Count} without any test";
    }

    private static string Utc(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "-";

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
