using System.CommandLine;
using CareDesk.Application.Continuity;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk backup restore-drill: restore a backup into an isolated database and compare sampled records by checksum (R38).</summary>
internal static class BackupRestoreDrillCommand
{
    public static Command Create(CliContext context)
    {
        var backup = new Option<FileInfo>("--backup") { Description = "The backup file written by 'backup create' (its manifest lies next to it).", HelpName = "FILE", Required = true };
        var sample = new Option<int>("--sample") { Description = "How many records to compare.", HelpName = "N", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int?>("--seed") { Description = "Draw the same sample again (printed in every report).", HelpName = "N" };
        var report = new Option<FileInfo?>("--report") { Description = "Write the report here (default: next to the backup).", HelpName = "PATH" };
        var command = new Command("restore-drill", "Restore the backup into a temporary database, check its integrity and compare sampled records with the manifest. Exit 0 passed, 7 failed.")
        {
            backup, sample, seed, report,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var backupFile = parseResult.GetValue(backup)!;
            var result = await scope.ServiceProvider.GetRequiredService<RunRestoreDrillHandler>()
                .HandleAsync(new RunRestoreDrillCommand(backupFile.FullName, parseResult.GetValue(sample), parseResult.GetValue(seed)), cancellationToken);
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var text = RestoreDrillReport.ToText(result, now);
            var path = parseResult.GetValue(report)?.FullName
                ?? backupFile.FullName + ".drill-" + now.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + ".txt";
            await File.WriteAllTextAsync(path, text, cancellationToken);
            await context.Console.Out.WriteAsync(text);
            await context.Console.Out.WriteLineAsync("Report written to " + path);
            return result.Passed ? ExitCodes.Success : ExitCodes.RestoreDrillFailed;
        });
        return command;
    }
}
