using System.CommandLine;
using CareDesk.Application.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk db seed-demo: migrates, then fills an empty database with the demo organisation and posts.</summary>
internal static class DbSeedDemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seed-demo", "Apply migrations, then load the demo organisation, users and posts into an empty database. Exit 0.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            var output = context.Console.Out;
            await DbMigrateCommand.MigrateAsync(host.Services, output, cancellationToken);

            await using var scope = host.Services.CreateAsyncScope();
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(cancellationToken);
            await output.WriteLineAsync(seeded
                ? "Demo data seeded. Users sign in with the demo password from the README."
                : "Demo data not seeded: the database already has users.");
            return ExitCodes.Success;
        });
        return command;
    }
}
