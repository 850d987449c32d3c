using System.CommandLine;
using CareDesk.Application.Retention;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk retention apply: the retention job; anonymises expired non-AE cases not on legal hold.</summary>
internal static class RetentionApplyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("apply", "Anonymise resolved cases past Retention:NonAdverseEventCaseDays; adverse-event records and legal holds are kept.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ApplyRetentionHandler>().HandleAsync(cancellationToken);
            await context.Console.Out.WriteLineAsync(Invariant(
                $"Anonymised {result.Anonymised} case(s); kept {result.KeptForAdverseEvent} adverse-event case(s) and {result.KeptOnLegalHold} on legal hold."));
            return ExitCodes.Success;
        });
        return command;
    }
}
