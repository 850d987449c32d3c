using System.CommandLine;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk db migrate: applies pending migrations (server mode; the web host does it itself in embedded mode).</summary>
internal static class DbMigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("migrate", "Apply pending migrations, creating the SQLite file (or the PostgreSQL database) if needed. Exit 0 on success.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await MigrateAsync(host.Services, context.Console.Out, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Migrates in its own scope and prints what was applied and where.</summary>
    public static async Task MigrateAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        foreach (var migration in applied)
        {
            await output.WriteLineAsync("Applied migration " + migration);
        }

        if (applied.Count == 0)
        {
            await output.WriteLineAsync("Database is up to date.");
        }

        await output.WriteLineAsync("Database: " + DatabaseInfo.Location(scope.ServiceProvider));
    }
}
