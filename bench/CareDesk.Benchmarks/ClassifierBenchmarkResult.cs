using System.Globalization;

namespace CareDesk.Benchmarks;

public sealed record ClassifierBenchmarkResult(
    int Posts, int DistinctTexts, double TokenizerPostsPerSecond, double StackPostsPerSecond, double RssMbBeforeLoad, double RssMbAfterLoad,
    double RssMbAfterRun, double FlaggedShareAtScreening, string ModelVersion, int ProcessorCount, IReadOnlyDictionary<string, double> StagePostsPerSecond)
{
    public double Ratio => StackPostsPerSecond / TokenizerPostsPerSecond;

    /// <summary>Judged on the issue's floor (posts/s per core) and the model's memory; the ratio to the same-run tokenizer is reported beside it.</summary>
    public bool Passed => StackPostsPerSecond >= ClassifierBenchmark.PostsPerSecondFloor && RssMbAfterLoad - RssMbBeforeLoad < ClassifierBenchmark.RssCeilingMb;

    public bool RatioMet => Ratio >= ClassifierBenchmark.RatioFloor;

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"S2 classifier stack ({ModelVersion}), {Posts:N0} posts, 1 thread: {StackPostsPerSecond:N0} posts/s (floor {ClassifierBenchmark.PostsPerSecondFloor:N0}); " +
        $"tokenizer+lexicon {TokenizerPostsPerSecond:N0} posts/s; ratio {Ratio:0.000} (floor {ClassifierBenchmark.RatioFloor}); " +
        $"model load +{RssMbAfterLoad - RssMbBeforeLoad:0} MB RSS (ceiling {ClassifierBenchmark.RssCeilingMb}), {RssMbAfterRun:0} MB after run; " +
        $"{FlaggedShareAtScreening:P1} flagged at screening. Stages (posts/s): {string.Join(", ", StagePostsPerSecond.Select(stage => $"{stage.Key} {stage.Value:N0}"))}. " +
        $"{(Passed ? "PASS" : "FAIL")}{(RatioMet ? string.Empty : " (ratio below the performance.md floor)")}");
}
