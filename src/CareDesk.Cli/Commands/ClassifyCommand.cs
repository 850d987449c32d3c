using System.CommandLine;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Triage;
using CareDesk.Classification;
using CareDesk.Classification.Screening;
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
            Description = "JSON Lines file to write, one {\"id\",\"labels\",\"priority\",\"classifier\",\"evidence\",\"ae\",\"signals\"} per accepted line. "
                + "'-' or omitted writes standard output.",
            HelpName = "FILE",
        };
        var model = new Option<string?>("--model")
        {
            Description = "Folder of the adverse-event model (model-card.json + one model zip per text style); default: the shipped model.",
            HelpName = "DIR",
        };
        var operatingPoint = new Option<string>("--operating-point")
        {
            Description = "screening (recall first) or balanced (best F1).",
            DefaultValueFactory = _ => ClassificationOptions.Screening,
        };
        operatingPoint.AcceptOnlyFromAmong(ClassificationOptions.Screening, ClassificationOptions.Balanced);
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Screen with the default triage rules alone, without the trained detector." };
        var command = new Command("classify", "Classify texts with the default triage rules and the adverse-event detector (no database). Each output line carries "
            + "labels, priority, evidence, \"ae\" (score, detected, drugs, events, criteria) and \"signals\". Rejected lines are reported on stderr "
            + "as 'line N: field: message'. Exit 0 if every line was classified, 2 if any line was rejected, 1 if the input file is missing.")
        {
            input,
            output,
            model,
            operatingPoint,
            rulesOnly,
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
            IPostClassifier classifier = new InMemoryRuleClassifier(DefaultTriageRules.CreateRules(TimeProvider.System.GetUtcNow()));
            if (!parseResult.GetValue(rulesOnly))
            {
                var options = new ClassificationOptions { ModelDirectory = parseResult.GetValue(model), OperatingPoint = parseResult.GetValue(operatingPoint)! };
                classifier = new DetectorPostClassifier(classifier, new PostScreener(ClassificationServiceCollectionExtensions.LoadModel(options), options));
            }

            var handler = new ClassifyTextsHandler(classifier);
            await foreach (var result in handler.HandleAsync(ClassifyLines.ReadAsync(lines, rejected, cancellationToken), cancellationToken))
            {
                await target.Writer.WriteLineAsync(CareDeskJson.Serialize(result));
            }

            return rejected.Count == 0 ? ExitCodes.Success : ExitCodes.LinesRejected;
        });
        return command;
    }
}
