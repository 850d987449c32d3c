using CareDesk.Benchmarks.Harness;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>S2: the full screening stack on one thread against a plain tokenizer + lexicon pass over the same corpus.</summary>
public sealed class ClassifierScenario : IScenario
{
    public string Id => "S2";

    public Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var result = ClassifierBenchmark.Run(context.CorpusPath, context.Mode.ClassifierPosts);
        Measurement[] measurements =
        [
            new("classifier stack, 1 thread", result.StackPostsPerSecond, "posts/s", result.TokenizerPostsPerSecond, "tokenizer + lexicon pass", Floor: 0.01, Goal: ClassifierBenchmark.RatioFloor),
            new("classifier stack vs the issue's absolute floor", result.StackPostsPerSecond, "posts/s", ClassifierBenchmark.PostsPerSecondFloor, "the issue's floor (posts/s)"),
        ];
        var details = new Dictionary<string, object>
        {
            ["posts"] = result.Posts,
            ["distinctTexts"] = result.DistinctTexts,
            ["modelVersion"] = result.ModelVersion,
            ["modelLoadRssMb"] = Math.Round(result.RssMbAfterLoad - result.RssMbBeforeLoad, 1),
            ["rssMbAfterRun"] = result.RssMbAfterRun,
            ["flaggedShareAtScreening"] = Math.Round(result.FlaggedShareAtScreening, 4),
            ["stagePostsPerSecond"] = result.StagePostsPerSecond,
        };
        return Task.FromResult(new ScenarioResult(Id, "Classifier stack", measurements, details));
    }
}
