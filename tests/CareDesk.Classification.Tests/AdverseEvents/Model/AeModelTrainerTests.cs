using System.Globalization;
using System.Text.Json;
using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Classification.Tests.AdverseEvents.Model;

public sealed class AeModelTrainerTests : IDisposable
{
    private static readonly string[] Reactions =
    [
        "this pill made me so dizzy i can't stand up", "since starting lexapro i can't sleep at all", "cipro gave me the worst headache",
        "my hair is falling out on this med", "gained 20 pounds on seroquel ugh", "the new meds make me nauseous every morning",
        "woke up with a rash all over after the first dose", "effexor withdrawal brain zaps are killing me", "cant stop shaking since my dose went up",
        "zoloft killed my appetite and my sex drive", "this drug leaves me so tired all day", "got terrible stomach cramps from the antibiotic",
        "my mouth is so dry on this stuff", "vivid nightmares every night since i started", "the injection site is swollen and itchy",
    ];

    private static readonly string[] Others =
    [
        "depression hurts, cymbalta can help", "picking up my prescription at the pharmacy", "does anyone know if humira is covered by insurance",
        "my doctor prescribed lexapro for my anxiety", "reading an article about statins", "happy friday everyone", "taking my vitamins with breakfast",
        "new study on metformin and aging", "the pharmacy line is so long today", "cymbalta commercial again lol", "ask your doctor if it is right for you",
        "my cat knocked the pill bottle off the table", "started a new job today", "love this weather", "got my flu shot appointment booked",
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"ae-train-{Guid.NewGuid():N}");

    [Fact]
    public async Task Trains_saves_loads_and_scores_end_to_end()
    {
        Directory.CreateDirectory(_directory);
        var data = Path.Combine(_directory, "tiny.jsonl");
        var lines = Reactions.Select((t, i) => Line($"r{i}", t, true))
            .Concat(Reactions.Select((t, i) => Line($"r2-{i}", t + " again", true)))
            .Concat(Others.Select((t, i) => Line($"o{i}", t, false)))
            .Concat(Others.Select((t, i) => Line($"o2-{i}", t + " again", false)));
        await File.WriteAllLinesAsync(data, lines, TestContext.Current.CancellationToken);
        var output = Path.Combine(_directory, "model");
        var request = new AeTrainingRequest([new AeTrainingFile("tiny", data)], output, Seed: 7, ValidationFraction: 0.3)
        {
            Options = new AeModelOptions { CharNgramLength = 3, Iterations = 50 },
        };
        var trainer = new AeModelTrainer(new FixedTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

        var card = await trainer.TrainAsync(request, TestContext.Current.CancellationToken);
        var model = AeModel.Load(output);

        card.Version.ShouldBe("ae-2026.11.23-1");
        model.Card.Version.ShouldBe(card.Version);
        File.Exists(Path.Combine(output, AeModel.HumanCardFileName)).ShouldBeTrue();
        card.TrainingFiles.Single().Rows.ShouldBe(60);
        var reaction = model.Score("this pill made me so dizzy and tired", AeTextStyle.SocialPost);
        var other = model.Score("happy friday at the pharmacy", AeTextStyle.SocialPost);
        reaction.ShouldBeInRange(0f, 1f);
        other.ShouldBeInRange(0f, 1f);
        reaction.ShouldBeGreaterThan(other);
    }

    [Fact]
    public async Task Trains_one_model_per_style_on_that_styles_files_and_picks_its_operating_points_there()
    {
        Directory.CreateDirectory(_directory);
        var tweets = await WriteCorpusAsync("tweets", "");
        var forum = await WriteCorpusAsync("forum", " and I posted about it on the forum");
        var output = Path.Combine(_directory, "model");
        var request = new AeTrainingRequest([new AeTrainingFile("tweets", tweets), new AeTrainingFile("forum", forum, Style: AeTextStyle.ForumPost)], output, Seed: 7, ValidationFraction: 0.3)
        {
            Options = new AeModelOptions { CharNgramLength = 3, Iterations = 50 },
        };

        var card = await new AeModelTrainer(TimeProvider.System).TrainAsync(request, TestContext.Current.CancellationToken);
        var model = AeModel.Load(output);

        card.Styles.Select(s => s.Style).ShouldBe([AeTextStyle.SocialPost, AeTextStyle.ForumPost]);
        card.Styles.Select(s => s.TrainedOn.Single()).ShouldBe(["tweets", "forum"]);
        card.Styles.ShouldAllBe(s => File.Exists(Path.Combine(output, s.ModelFile)));
        card.Styles.Zip(card.TrainingFiles).ShouldAllBe(
            pair => pair.First.Validation.Count == pair.Second.TrainRows + pair.Second.ValidationRows, "out-of-fold scores cover every non-test row of the style's file");
        card.Metrics.Select(m => m.Style).ShouldBe([AeTextStyle.SocialPost, AeTextStyle.ForumPost]);
        model.ThresholdsFor(AeTextStyle.ForumPost).ShouldBe(card.Styles[1].Thresholds);
        File.ReadAllText(Path.Combine(output, AeModel.HumanCardFileName)).ShouldContain("| ForumPost | `model-forum-post.zip` | forum |");
    }

    [Fact]
    public async Task A_model_trained_on_one_style_serves_the_other_with_the_same_model_and_thresholds()
    {
        Directory.CreateDirectory(_directory);
        var tweets = await WriteCorpusAsync("tweets", "");
        var request = new AeTrainingRequest([new AeTrainingFile("tweets", tweets)], null, Seed: 7, ValidationFraction: 0.3)
        {
            Options = new AeModelOptions { CharNgramLength = 3, Iterations = 50 },
        };

        var model = new AeModelTrainer(TimeProvider.System).Train(request, TestContext.Current.CancellationToken);

        model.CardFor(AeTextStyle.ForumPost).Style.ShouldBe(AeTextStyle.SocialPost);
        model.Score("cipro gave me the worst headache", AeTextStyle.ForumPost).ShouldBe(model.Score("cipro gave me the worst headache", AeTextStyle.SocialPost));
    }

    [Fact]
    public async Task Cross_fitted_training_gives_ordered_thresholds_and_a_working_model()
    {
        Directory.CreateDirectory(_directory);
        var tweets = await WriteCorpusAsync("tweets", "");
        var request = new AeTrainingRequest([new AeTrainingFile("tweets", tweets)], null, Seed: 7, ValidationFraction: 0.3)
        {
            Options = new AeModelOptions { CharNgramLength = 3, Iterations = 50 },
            ValidationFolds = 3,
        };

        var model = new AeModelTrainer(TimeProvider.System).Train(request, TestContext.Current.CancellationToken);

        var thresholds = model.ThresholdsFor(AeTextStyle.SocialPost);
        thresholds.Screening.ShouldBeLessThanOrEqualTo(thresholds.Balanced);
        model.Score("cipro gave me the worst headache", AeTextStyle.SocialPost).ShouldBeGreaterThan(model.Score("love this weather", AeTextStyle.SocialPost));
    }

    private async Task<string> WriteCorpusAsync(string name, string suffix)
    {
        var path = Path.Combine(_directory, $"{name}.jsonl");
        var lines = Reactions.Select((t, i) => Line($"{name}-r{i}", t + suffix, true))
            .Concat(Reactions.Select((t, i) => Line($"{name}-r2-{i}", t + " again" + suffix, true)))
            .Concat(Others.Select((t, i) => Line($"{name}-o{i}", t + suffix, false)))
            .Concat(Others.Select((t, i) => Line($"{name}-o2-{i}", t + " again" + suffix, false)));
        await File.WriteAllLinesAsync(path, lines, TestContext.Current.CancellationToken);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string Line(string id, string text, bool hasAe) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"id\":{JsonSerializer.Serialize(id)},\"text\":{JsonSerializer.Serialize(text)},\"has_ade\":{(hasAe ? "true" : "false")}}}");
}
