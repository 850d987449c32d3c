using System.CommandLine;
using CareDesk.Application.Continuity;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk backup create: an online backup of the SQLite database with its checksum manifest (R38).</summary>
internal static class BackupCreateCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Option<DirectoryInfo>("--to") { Description = "Folder for the backup file and its manifest.", HelpName = "DIR", Required = true };
        var command = new Command("create", "Copy the live database with SQLite's online backup API (writers keep running) and write a per-record checksum manifest.")
        {
            directory,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var backup = await scope.ServiceProvider.GetRequiredService<CreateBackupHandler>()
                .HandleAsync(new CreateBackupCommand(parseResult.GetValue(directory)!.FullName), cancellationToken);
            await context.Console.Out.WriteLineAsync(Invariant($"Backup {backup.Path} ({backup.Bytes} bytes, {backup.Records} records, SHA-256 {backup.Sha256}); manifest {backup.ManifestPath}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
