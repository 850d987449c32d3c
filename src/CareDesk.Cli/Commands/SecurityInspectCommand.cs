using System.CommandLine;
using CareDesk.Application.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk security inspect: encryption at rest as configured, and the HIPAA determinations (R39).</summary>
internal static class SecurityInspectCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("inspect", "Report database and volume encryption and the HIPAA determinations; transport security is reported by the web host (GET /api/security/configuration).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<InspectSecurityConfigurationHandler>().HandleAsync(cancellationToken);
            foreach (var check in report.Checks)
            {
                await context.Console.Out.WriteLineAsync($"{check.Status,-9} {check.Area} / {check.Check}: {check.Detail}");
            }

            foreach (var hipaa in report.Hipaa)
            {
                await context.Console.Out.WriteLineAsync($"HIPAA     {hipaa.Scope}: {hipaa.Status} ({hipaa.Rationale})");
            }

            return report.HasFailures ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
