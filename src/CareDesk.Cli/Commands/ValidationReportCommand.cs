using System.CommandLine;
using System.Globalization;
using CareDesk.Infrastructure.Documents;
using CareDesk.Infrastructure.Validation;

namespace CareDesk.Cli.Commands;

/// <summary>
/// caredesk validation report: the R36 validation package from the repository and the last test run (traceability
/// matrix, run report, evidence hashes, signed PDF summary). eng/test.sh runs it after the tests, so a requirement
/// without a test fails CI. No database is needed.
/// </summary>
internal static class ValidationReportCommand
{
    public const string SigningKeyVariable = "CAREDESK_VALIDATION_SIGNING_KEY";

    public static Command Create(CliContext context)
    {
        var requirements = new Option<FileInfo>("--requirements") { Description = "The regulatory requirements file (R1-R58), read in place.", HelpName = "PATH", DefaultValueFactory = _ => new FileInfo("../shared/docs/regulatory-requirements.md") };
        var results = new Option<DirectoryInfo>("--results") { Description = "Folder with the TRX files of the test run.", HelpName = "DIR", DefaultValueFactory = _ => new DirectoryInfo("artifacts/test-results") };
        var manual = new Option<FileInfo>("--manual") { Description = "Manual tests and justifications per requirement.", HelpName = "PATH", DefaultValueFactory = _ => new FileInfo("docs/validation/manual-tests.md") };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Where the package is written.", HelpName = "DIR", DefaultValueFactory = _ => new DirectoryInfo("artifacts/validation") };
        var key = new Option<FileInfo?>("--signing-key") { Description = $"PEM EC private key (P-256) that signs the summary; default ${SigningKeyVariable}, else a one-time key.", HelpName = "PATH" };
        var commit = new Option<string?>("--commit") { Description = "The commit tested (default: git rev-parse HEAD).", HelpName = "SHA" };
        var command = new Command("report", "Write the validation package (R36). Exit 0 when every requirement is covered and every test passed, 5 otherwise, 1 for missing inputs.")
        {
            requirements, results, manual, output, key, commit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = context.Console.Error;
            var requirementsFile = parseResult.GetValue(requirements)!;
            var manualFile = parseResult.GetValue(manual)!;
            foreach (var required in new[] { requirementsFile, manualFile }.Where(file => !file.Exists))
            {
                await error.WriteLineAsync($"error: {required.FullName} does not exist.");
                return ExitCodes.UsageError;
            }

            var keyPath = parseResult.GetValue(key)?.FullName ?? Environment.GetEnvironmentVariable(SigningKeyVariable);
            using var signer = string.IsNullOrWhiteSpace(keyPath) ? SummarySigner.Ephemeral() : SummarySigner.FromPem(await File.ReadAllTextAsync(keyPath, cancellationToken));
            var request = new ValidationPackageRequest(requirementsFile.FullName, parseResult.GetValue(results)!.FullName, manualFile.FullName,
                parseResult.GetValue(output)!.FullName, parseResult.GetValue(commit) ?? GitCommit.Resolve(Directory.GetCurrentDirectory()));
            ValidationPackageResult result;
            try
            {
                result = new ValidationPackageBuilder(new TextPdfWriter(), TimeProvider.System).Build(request, signer);
            }
            catch (InvalidDataException exception)
            {
                await error.WriteLineAsync("error: " + exception.Message);
                return ExitCodes.UsageError;
            }

            var matrix = result.Matrix;
            var evidence = result.Evidence;
            await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Validation {(result.Passed ? "PASS" : "FAIL")}: {matrix.Rows.Count} requirements, {matrix.Gaps.Count} without a test; {evidence.Passed} tests passed, {evidence.Failed} failed. Package in {request.OutputDirectory}."));
            foreach (var gap in matrix.Gaps)
            {
                await error.WriteLineAsync($"error: {gap.Requirement.Id} ({gap.Requirement.Title}) has no passed automated test (R{gap.Requirement.Number}_...) and no entry in {manualFile.Name}.");
            }

            if (signer.IsEphemeral)
            {
                await error.WriteLineAsync($"warning: no signing key (--signing-key or ${SigningKeyVariable}); the summary is signed with a one-time key.");
            }

            return result.Passed ? ExitCodes.Success : ExitCodes.ValidationFailed;
        });
        return command;
    }
}
