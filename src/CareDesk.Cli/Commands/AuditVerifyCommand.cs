using System.CommandLine;
using CareDesk.Application.Audit;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk audit verify: walks the audit hash chain and reports the first entry that does not match.</summary>
internal static class AuditVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("verify", "Verify the audit trail's hash chain. Exit 0 if intact, 3 if broken.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>().HandleAsync(cancellationToken);
            if (report.Intact)
            {
                await context.Console.Out.WriteLineAsync(Invariant($"Audit chain intact: {report.EntriesChecked} entries checked."));
                return ExitCodes.Success;
            }

            await context.Console.Out.WriteLineAsync(Invariant(
                $"Audit chain BROKEN at sequence {report.FirstBrokenSequence}: its link or hash does not match ({report.EntriesChecked} entries checked)."));
            return ExitCodes.AuditChainBroken;
        });
        return command;
    }
}
