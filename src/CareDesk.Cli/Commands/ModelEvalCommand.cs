using System.CommandLine;
using CareDesk.Classification;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Screening;
using CareDesk.Cli.Model;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk model eval: measures a model on labelled JSONL at both operating points.</summary>
internal static class ModelEvalCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Labelled JSON Lines file ({\"id\",\"text\",\"has_ade\"}).", HelpName = "FILE.jsonl", Required = true };
        var model = new Option<string?>("--model") { Description = "Model folder; default: the shipped model.", HelpName = "DIR" };
        var part = new Option<string>("--part")
        {
            Description = "test: only the held-out part (the same id-hash or dev/test split training uses); all: every row (for posts never trained on).",
            DefaultValueFactory = _ => "test",
        };
        part.AcceptOnlyFromAmong("test", "all");
        var style = new Option<string?>("--style")
        {
            Description = "Score as social posts or forum posts (each has its own model and thresholds); default: the style the model card gives this corpus, else social.",
        };
        style.AcceptOnlyFromAmong("social", "forum");
        var command = new Command("eval", "Print precision, recall, F1, PR-AUC and the confusion matrix per operating point. Exit 0, or 1 on bad input.")
        {
            data, model, part, style,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(data)!;
            if (!File.Exists(path))
            {
                await context.Console.Error.WriteLineAsync($"error: no such file: {path}");
                return ExitCodes.UsageError;
            }

            var rows = LabelledTextReader.ReadJsonl(path);
            if (parseResult.GetValue(part) == "test")
            {
                rows = DatasetSplit.Part(rows, SplitPart.Test, predefined: rows.Any(row => row.IsHeldOutByCorpus));
            }

            var loaded = ClassificationServiceCollectionExtensions.LoadModel(new ClassificationOptions { ModelDirectory = parseResult.GetValue(model) });
            var textStyle = parseResult.GetValue(style) switch
            {
                "forum" => AeTextStyle.ForumPost,
                "social" => AeTextStyle.SocialPost,
                _ => loaded.Card.TrainingFiles.FirstOrDefault(f => f.Corpus == TrainingFiles.CorpusName(path))?.Style ?? AeTextStyle.SocialPost,
            };
            await context.Console.Out.WriteLineAsync($"Model {loaded.Card.Version}, scored as {textStyle}");
            await EvaluationReport.WriteAsync(context.Console.Out, Path.GetFileName(path), AeModelEvaluator.Evaluate(loaded, rows, textStyle));
            return ExitCodes.Success;
        });
        return command;
    }
}
