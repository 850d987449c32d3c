namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// How long each scenario runs: smoke (CI, 10-15 s per scenario on 2 cores) or full (on demand, minutes).
/// Sizes are chosen so a smoke step stays short on the CI machine while still reaching a steady state.
/// </summary>
public sealed record BenchMode(string Name, TimeSpan StepDuration, int ClassifierPosts, int PersistencePosts, int RawRows)
{
    public static readonly BenchMode Smoke = new("smoke", TimeSpan.FromSeconds(4), ClassifierPosts: 30_000, PersistencePosts: 1_500, RawRows: 50_000);

    public static readonly BenchMode Full = new("full", TimeSpan.FromSeconds(30), ClassifierPosts: 100_000, PersistencePosts: 20_000, RawRows: 500_000);
}
