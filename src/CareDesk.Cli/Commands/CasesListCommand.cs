using System.CommandLine;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Cli.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk cases list: the agent queue (soonest SLA due first) as a table or JSON.</summary>
internal static class CasesListCommand
{
    public static Command Create(CliContext context)
    {
        var status = new Option<string?>("--status") { Description = "Only cases in this status: " + CaseFilters.AllowedStatuses + ".", HelpName = "STATUS" };
        var label = new Option<string?>("--label") { Description = "Only cases with this label: " + CaseFilters.AllowedLabels + ".", HelpName = "LABEL" };
        var channel = new Option<string?>("--channel") { Description = "Only cases from this channel key, e.g. x-cardiozen-us.", HelpName = "KEY" };
        var all = new Option<bool>("--all") { Description = "Include resolved cases." };
        var json = new Option<bool>("--json") { Description = "Print the cases as a JSON array instead of a table." };
        var take = new Option<int>("--take") { Description = "Show at most this many cases (1-1000).", HelpName = "N", DefaultValueFactory = _ => 200 };
        var command = new Command("list", "List the case queue, soonest SLA due first. Exit 0, or 1 for an unknown --status or --label.")
        {
            status, label, channel, all, json, take,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = context.Console.Error;
            if (!CaseFilters.TryParseStatus(parseResult.GetValue(status), out var statusFilter))
            {
                await error.WriteLineAsync($"error: unknown --status '{parseResult.GetValue(status)}'. Allowed: {CaseFilters.AllowedStatuses}.");
                return ExitCodes.UsageError;
            }

            if (!CaseFilters.TryParseLabel(parseResult.GetValue(label), out var labelFilter))
            {
                await error.WriteLineAsync($"error: unknown --label '{parseResult.GetValue(label)}'. Allowed: {CaseFilters.AllowedLabels}.");
                return ExitCodes.UsageError;
            }

            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var query = new ListCasesQuery(statusFilter, labelFilter, parseResult.GetValue(channel), IncludeResolved: parseResult.GetValue(all), Take: parseResult.GetValue(take));
            var cases = await scope.ServiceProvider.GetRequiredService<ListCasesHandler>().HandleAsync(query, cancellationToken);
            if (parseResult.GetValue(json))
            {
                await context.Console.Out.WriteLineAsync(CareDeskJson.Serialize(cases));
            }
            else
            {
                CaseTable.Write(cases, context.Console.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
