using System.CommandLine;
using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk pv aggregate-review: special situations without an AE (non-ICSR, R6) for PSUR review, as CSV or JSON.</summary>
internal static class PvAggregateReviewCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<DateTimeOffset?>("--from") { Description = "Received at or after this time (ISO 8601).", HelpName = "TIME" };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Received before this time (ISO 8601).", HelpName = "TIME" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of CSV." };
        var command = new Command("aggregate-review", "List special situations reported without an adverse event, for aggregate/PSUR review. Exit 0.")
        {
            from, to, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<GetAggregateReviewHandler>()
                .HandleAsync(new GetAggregateReviewQuery(parseResult.GetValue(from), parseResult.GetValue(to)), cancellationToken);
            await context.Console.Out.WriteAsync(parseResult.GetValue(json) ? CareDeskJson.Serialize(rows) + Environment.NewLine : GetAggregateReviewHandler.ToCsv(rows));
            return ExitCodes.Success;
        });
        return command;
    }
}
