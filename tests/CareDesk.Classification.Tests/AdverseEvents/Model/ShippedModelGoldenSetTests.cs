using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Classification.Tests.AdverseEvents.Model;

/// <summary>
/// Floors for the shipped model on held-out data (just below the figures in models/ae/MODEL_CARD.md),
/// so that a model swap cannot silently regress. Needs ../shared/datasets next to the repository (CI has it).
/// </summary>
public sealed class ShippedModelGoldenSetTests
{
    private static readonly Lazy<AeModel> Shipped = new(() => AeModel.Load(RepositoryPaths.ShippedModel));

    [Fact]
    public void Smm4h_held_out_tweets_stay_above_the_floors()
    {
        var test = DatasetSplit.Part(LabelledTextReader.ReadJsonl(Dataset("smm4h2020_train.jsonl")), SplitPart.Test);

        var evaluation = AeModelEvaluator.Evaluate(Shipped.Value, test, AeTextStyle.SocialPost);

        test.Count.ShouldBe(4041);
        evaluation.AveragePrecision.ShouldBeGreaterThan(0.56);
        evaluation.Point(AeModelEvaluator.Balanced).F1.ShouldBeGreaterThan(0.545);
        evaluation.Point(AeModelEvaluator.Screening).Recall.ShouldBeGreaterThan(0.97);
    }

    [Fact]
    public void Cadec_dev_sentences_stay_above_the_floors()
    {
        var dev = DatasetSplit.Part(LabelledTextReader.ReadJsonl(Dataset("cadec_train_dev.jsonl")), SplitPart.Test, predefined: true);

        var evaluation = AeModelEvaluator.Evaluate(Shipped.Value, dev, AeTextStyle.ForumPost);

        dev.Count.ShouldBe(1097);
        evaluation.AveragePrecision.ShouldBeGreaterThan(0.93);
        evaluation.Point(AeModelEvaluator.Balanced).F1.ShouldBeGreaterThan(0.85);
        evaluation.Point(AeModelEvaluator.Screening).Recall.ShouldBeGreaterThan(0.97);
    }

    [Fact]
    public void Shipped_card_names_its_training_data_and_thresholds()
    {
        var card = Shipped.Value.Card;

        card.Version.ShouldStartWith("ae-");
        card.TrainingFiles.Where(f => f.TrainedOn).Select(f => f.Corpus).ShouldBe(["smm4h2020", "cadec", "psytar"]);
        card.Styles.Select(s => (s.Style, string.Join(",", s.TrainedOn))).ShouldBe([(AeTextStyle.SocialPost, "smm4h2020"), (AeTextStyle.ForumPost, "cadec,psytar")]);
        card.Styles.ShouldAllBe(s => s.Thresholds.Screening < s.Thresholds.Balanced);
    }

    private static string Dataset(string fileName)
    {
        var path = RepositoryPaths.SharedDataset(Path.Combine("ae", fileName));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"The golden-set test needs the shared research datasets at {path} (../shared/datasets/ae next to the repository; CI provides them). They are never copied into the repository.",
                path);
    }
}
