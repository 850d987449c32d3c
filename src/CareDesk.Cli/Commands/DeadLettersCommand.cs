using System.CommandLine;
using CareDesk.Application.Common;
using CareDesk.Application.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk dead-letters list|replay: what the ingestion bus gave up on (ADR-020), and putting it through intake again.</summary>
internal static class DeadLettersCommand
{
    public static Command Create(CliContext context) => new("dead-letters", "Inbound items the ingestion bus could not store, kept with their reason.")
    {
        List(context), Replay(context),
    };

    private static Command List(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Include dead letters already replayed." };
        var json = new Option<bool>("--json") { Description = "Print them as a JSON array, bodies included." };
        var take = new Option<int>("--take") { Description = "Show at most this many (1-1000).", HelpName = "N", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List open dead letters, newest first: id, time, channel, deliveries and reason.") { all, json, take };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var letters = await scope.ServiceProvider.GetRequiredService<ListIngestDeadLettersHandler>()
                .HandleAsync(parseResult.GetValue(take), cancellationToken, parseResult.GetValue(all));
            var output = context.Console.Out;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CareDeskJson.Serialize(letters));
                return ExitCodes.Success;
            }

            await output.WriteLineAsync(Invariant($"{letters.Count} dead letter(s)."));
            foreach (var letter in letters)
            {
                var state = letter.ReplayedAt is { } replayed ? Invariant($"replayed {replayed:u} by {letter.ReplayedBy}") : "open";
                await output.WriteLineAsync(Invariant(
                    $"{letter.Id}  {letter.DeadLetteredAt:u}  {letter.ChannelKey ?? "-"}  deliveries {letter.DeliveryCount}  {state}  {letter.Reason}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Replay(CliContext context)
    {
        var id = new Argument<Guid>("id") { Description = "The dead letter's id, as `dead-letters list` prints it." };
        var command = new Command("replay", "Put one dead letter through intake again (idempotent). Exit 0 when stored, 8 when it still fails.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<ReplayIngestDeadLetterHandler>().HandleAsync(parseResult.GetValue(id), cancellationToken);
                if (!result.Stored)
                {
                    await context.Console.Error.WriteLineAsync($"error: still cannot be stored: {result.Failure} The dead letter stays open.");
                    return ExitCodes.ReplayFailed;
                }

                await context.Console.Out.WriteLineAsync(Invariant($"Replayed {result.Id}: {result.Created} post(s) stored, {result.Duplicates} already stored."));
                return ExitCodes.Success;
            }
            catch (ValidationFailedException refused)
            {
                await context.Console.Error.WriteLineAsync("error: " + string.Join(" ", refused.Errors.SelectMany(error => error.Value)));
                return ExitCodes.ReplayFailed;
            }
            catch (NotFoundException missing)
            {
                await context.Console.Error.WriteLineAsync("error: " + missing.Message);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
