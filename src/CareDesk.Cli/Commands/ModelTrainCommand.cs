using System.CommandLine;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Cli.Model;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk model train: trains the adverse-event model from labelled JSONL and writes one model zip per text style + the model card.</summary>
internal static class ModelTrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Labelled JSON Lines files ({\"id\",\"text\",\"has_ade\"}), comma-separated or repeated; prefix a file with \"forum:\" when it holds "
                + "forum posts (default \"social:\", short social posts). Each style gets its own model and thresholds, learnt from that style's files. "
                + "Rows are split 80/20 by id hash (or by the file's own dev/test split) and only the training part is learnt from.",
            HelpName = "[forum:]FILE.jsonl[,...]",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var evaluateOnly = new Option<string[]>("--eval-only") { Description = "Files only measured on, never trained on (same style prefixes).", HelpName = "[forum:]FILE.jsonl[,...]" };
        var output = new Option<string>("--out") { Description = "Folder for one model zip per text style, model-card.json and MODEL_CARD.md.", HelpName = "DIR", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (training is deterministic for a seed).", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds")
        {
            Description = "Choose calibration and thresholds on out-of-fold scores with this many folds, then train on all non-test rows (about folds + 1 times "
                + "the training time); 0: on the validation slice, training on the rest.",
            DefaultValueFactory = _ => 4,
        };
        var command = new Command("train", "Train the adverse-event model (ML.NET) and write it with its model card. Exit 0 on success, 1 on bad input.")
        {
            data, evaluateOnly, output, seed, folds,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var train = TrainingFiles.Entries(parseResult.GetValue(data));
            var heldOut = TrainingFiles.Entries(parseResult.GetValue(evaluateOnly));
            if (train.Concat(heldOut).Select(entry => TrainingFiles.StyleAndPath(entry).Path).FirstOrDefault(path => !File.Exists(path)) is { } missing)
            {
                await context.Console.Error.WriteLineAsync($"error: no such file: {missing}");
                return ExitCodes.UsageError;
            }

            var files = train.Select(path => TrainingFiles.Describe(path, trainOn: true)).Concat(heldOut.Select(path => TrainingFiles.Describe(path, trainOn: false))).ToList();
            var request = new AeTrainingRequest(files, parseResult.GetValue(output), parseResult.GetValue(seed)) { ValidationFolds = parseResult.GetValue(folds) };
            var card = await new AeModelTrainer(TimeProvider.System).TrainAsync(request, cancellationToken);
            await context.Console.Out.WriteLineAsync(Invariant($"Trained {card.Version} in {card.TrainingSeconds:0} s → {Path.GetFullPath(request.OutputDirectory!)}"));
            foreach (var style in card.Styles)
            {
                await context.Console.Out.WriteLineAsync(Invariant($"{style.Style} thresholds: screening {style.Thresholds.Screening:0.0000}, balanced {style.Thresholds.Balanced:0.0000}"));
            }

            foreach (var metrics in card.Metrics)
            {
                await EvaluationReport.WriteAsync(context.Console.Out, $"{metrics.Corpus} ({metrics.HeldOut}, as {metrics.Style})", metrics.Evaluation);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
