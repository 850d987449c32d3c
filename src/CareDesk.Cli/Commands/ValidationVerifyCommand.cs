using System.CommandLine;
using CareDesk.Infrastructure.Validation;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk validation verify: checks the detached signature of a validation summary (the same check as the OpenSSL command in docs/validation/README.md).</summary>
internal static class ValidationVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Option<DirectoryInfo>("--package") { Description = "The validation package folder.", HelpName = "DIR", DefaultValueFactory = _ => new DirectoryInfo("artifacts/validation") };
        var publicKey = new Option<FileInfo?>("--public-key") { Description = "The vendor's published public key (default: the key in the package, which proves integrity but not origin).", HelpName = "PATH" };
        var command = new Command("verify", "Verify the signed validation summary. Exit 0 valid, 6 invalid, 1 for missing files.") { folder, publicKey };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetValue(folder)!.FullName;
            var summary = Path.Combine(directory, ValidationPackageBuilder.SummaryFile);
            var signature = Path.Combine(directory, ValidationPackageBuilder.SignatureFile);
            var keyFile = parseResult.GetValue(publicKey)?.FullName ?? Path.Combine(directory, ValidationPackageBuilder.PublicKeyFile);
            foreach (var required in new[] { summary, signature, keyFile }.Where(path => !File.Exists(path)))
            {
                await context.Console.Error.WriteLineAsync($"error: {required} does not exist.");
                return ExitCodes.UsageError;
            }

            var valid = SummarySigner.Verify(await File.ReadAllBytesAsync(summary, cancellationToken), await File.ReadAllBytesAsync(signature, cancellationToken),
                await File.ReadAllTextAsync(keyFile, cancellationToken));
            await (valid ? context.Console.Out : context.Console.Error).WriteLineAsync(valid ? "Signature valid." : "error: signature INVALID: the summary, signature or key was changed.");
            return valid ? ExitCodes.Success : ExitCodes.SignatureInvalid;
        });
        return command;
    }
}
