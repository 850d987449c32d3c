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
                $"Anonymised {result.Anonymised.Count} case(s); kept {result.KeptUnderPvHold.Count} adverse-event case(s) and {result.KeptOnLegalHold.Count} on legal hold."));
            await context.Console.Out.WriteLineAsync("Skipped under PV hold: " + Listed(result.KeptUnderPvHold));
            await context.Console.Out.WriteLineAsync("Skipped on legal hold: " + Listed(result.KeptOnLegalHold));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Listed(IReadOnlyList<int> numbers) => numbers.Count == 0 ? "none" : string.Join(", ", numbers.Select(number => Invariant($"#{number}")));
}
