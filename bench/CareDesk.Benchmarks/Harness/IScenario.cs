namespace CareDesk.Benchmarks.Harness;

/// <summary>What every scenario gets: the mode, where the repository and the research corpus are, and the run's clock.</summary>
public sealed record BenchContext(BenchMode Mode, string RepositoryRoot, string CorpusPath, TimeProvider Time);

/// <summary>One scenario of performance.md section 4, measuring its own in-run limit beside its figure.</summary>
public interface IScenario
{
    string Id { get; }

    Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken);
}
