using System.CommandLine;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk db status: lists the migrations "db migrate" would apply, without applying them.</summary>
internal static class DbStatusCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("status", "List pending migrations without applying them. Exit 0.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var pending = await scope.ServiceProvider.GetRequiredService<MigrationRunner>().PendingAsync(cancellationToken);
            var output = context.Console.Out;
            await output.WriteLineAsync("Database: " + DatabaseInfo.Location(scope.ServiceProvider));
            if (pending.Count == 0)
            {
                await output.WriteLineAsync("Database is up to date.");
                return ExitCodes.Success;
            }

            await output.WriteLineAsync(Invariant($"{pending.Count} pending migration(s):"));
            foreach (var migration in pending)
            {
                await output.WriteLineAsync("  " + migration);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
