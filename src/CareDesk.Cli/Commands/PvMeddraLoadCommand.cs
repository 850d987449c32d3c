using System.CommandLine;
using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance.Meddra;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>
/// caredesk pv meddra-load --dir DIR: loads the customer's licensed MedDRA release (R11) from the ASCII files of its
/// distribution (meddra_release.asc, llt.asc, pt.asc); CareDesk ships none. Re-validates every coded event on an upgrade.
/// </summary>
internal static class PvMeddraLoadCommand
{
    private static readonly string[] Files = [MeddraAsciiRelease.ReleaseFile, MeddraAsciiRelease.LltFile, MeddraAsciiRelease.PtFile];

    public static Command Create(CliContext context)
    {
        var directory = new Option<string>("--dir") { Description = "The release's ASCII folder (MedAscii).", HelpName = "DIR", Required = true };
        var command = new Command("meddra-load", "Load a MedDRA release and make it current. Exit 0, or 1 when a file is missing or unreadable.") { directory };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = parseResult.GetValue(directory)!;
            var texts = new Dictionary<string, string>();
            foreach (var name in Files)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    texts[name] = await File.ReadAllTextAsync(path, cancellationToken);
                }
            }

            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            try
            {
                var loaded = await scope.ServiceProvider.GetRequiredService<LoadMeddraReleaseHandler>().HandleAsync(new LoadMeddraReleaseCommand(texts), cancellationToken);
                await context.Console.Out.WriteLineAsync(Invariant(
                    $"MedDRA {loaded.Version} loaded: {loaded.Terms} LLTs; {loaded.Revalidated} coded event(s) re-validated, {loaded.FlaggedForRecoding} flagged for recoding."));
                return ExitCodes.Success;
            }
            catch (ValidationFailedException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    await context.Console.Error.WriteLineAsync($"error: {field}: {string.Join(" ", messages)}");
                }

                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
