using System.CommandLine;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk audit review: the periodic audit-trail review report (R37). Exit 3 when the chain is broken.</summary>
internal static class AuditReviewCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "Start of the review period (date or instant).", HelpName = "WHEN", Required = true };
        var to = new Option<string>("--to") { Description = "End of the review period, exclusive.", HelpName = "WHEN", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("review", "Audit-trail review for a period: entries per action and user, refused corrections and deletions, erasures, chain check.")
        {
            from, to, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!AuditExportCommand.TryParseInstant(parseResult.GetValue(from), out var fromAt) || !AuditExportCommand.TryParseInstant(parseResult.GetValue(to), out var toAt)
                || fromAt is null || toAt is null)
            {
                await context.Console.Error.WriteLineAsync("error: --from and --to take an ISO 8601 date or instant.");
                return ExitCodes.UsageError;
            }

            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ReviewAuditTrailHandler>().HandleAsync(new ReviewAuditTrailQuery(fromAt.Value, toAt.Value), cancellationToken);
            var output = context.Console.Out;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CareDeskJson.Serialize(report));
            }
            else
            {
                await output.WriteLineAsync(Invariant($"Audit review {report.From:u} to {report.To:u}: {report.Entries} entries"));
                await output.WriteLineAsync("Per action: " + string.Join(", ", report.ByAction.Select(pair => Invariant($"{pair.Key} {pair.Value}"))));
                await output.WriteLineAsync("Per user:   " + string.Join(", ", report.ByUser.Select(pair => Invariant($"{pair.Key} {pair.Value}"))));
                await output.WriteLineAsync(Invariant($"Refused corrections/deletions: {report.Refused.Count}"));
                foreach (var finding in report.Refused.Concat(report.Erasures))
                {
                    await output.WriteLineAsync(Invariant($"  #{finding.Sequence} {finding.At:u} {finding.Actor} {finding.Action} {finding.EntityType} {finding.EntityId} reason: {finding.Reason}"));
                }

                await output.WriteLineAsync(report.Chain.Intact
                    ? Invariant($"Chain intact: {report.Chain.EntriesChecked} entries checked.")
                    : Invariant($"Chain BROKEN at sequence {report.Chain.FirstBrokenSequence}."));
            }

            return report.Chain.Intact ? ExitCodes.Success : ExitCodes.AuditChainBroken;
        });
        return command;
    }
}
