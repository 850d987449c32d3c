using System.CommandLine;
using CareDesk.Application.Common;
using CareDesk.Application.Triage;
using CareDesk.Cli.Classify;
using CareDesk.Cli.Lines;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk classify: batch triage of loose texts with the default rule set; no database is opened.</summary>
internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "JSON Lines file of {\"id\",\"text\"} (id a string or a number). '-' reads standard input.",
            HelpName = "FILE",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "JSON Lines file to write, one {\"id\",\"labels\",\"priority\",\"classifier\",\"evidence\"} per accepted line. "
                + "'-' or omitted writes standard output.",
            HelpName = "FILE",
        };
        var command = new Command("classify", "Classify texts with the default triage rules (no database). Rejected lines are reported on stderr "
            + "as 'line N: field: message'. Exit 0 if every line was classified, 2 if any line was rejected, 1 if the input file is missing.")
        {
            input,
            output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var lines = LineInput.Open(parseResult.GetValue(input)!, context.Console);
            if (lines is null)
            {
                return ExitCodes.UsageError;
            }

            await using var target = LineOutput.Open(parseResult.GetValue(output), context.Console);
            if (target is null)
            {
                return ExitCodes.UsageError;
            }

            var rejected = new RejectedLines(context.Console.Error);
            var handler = new ClassifyTextsHandler(new InMemoryRuleClassifier(DefaultTriageRules.CreateRules(TimeProvider.System.GetUtcNow())));
            await foreach (var result in handler.HandleAsync(ClassifyLines.ReadAsync(lines, rejected, cancellationToken), cancellationToken))
            {
                await target.Writer.WriteLineAsync(CareDeskJson.Serialize(result));
            }

            return rejected.Count == 0 ? ExitCodes.Success : ExitCodes.LinesRejected;
        });
        return command;
    }
}
