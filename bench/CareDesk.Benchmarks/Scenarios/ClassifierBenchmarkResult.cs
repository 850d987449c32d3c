namespace CareDesk.Benchmarks.Scenarios;

public sealed record ClassifierBenchmarkResult(
    int Posts, int DistinctTexts, double TokenizerPostsPerSecond, double StackPostsPerSecond, double RssMbBeforeLoad, double RssMbAfterLoad,
    double RssMbAfterRun, double FlaggedShareAtScreening, string ModelVersion, int ProcessorCount, IReadOnlyDictionary<string, double> StagePostsPerSecond);
