using System.Globalization;

namespace CareDesk.Benchmarks.Harness;

/// <summary>One measured figure, judged as a ratio against a limit measured in the same run (performance.md section 4).</summary>
/// <param name="Floor">The ratio below which the run fails: generous, because a shared 2-core machine is noisy.</param>
/// <param name="Goal">The ratio performance.md suggests; reported, not enforced.</param>
public sealed record Measurement(string Metric, double Value, string Unit, double Limit, string LimitMetric, double? Floor = null, double? Goal = null)
{
    public double Ratio => Limit == 0 ? 0 : Math.Round(Value / Limit, 4);

    public bool Passed => Floor is not { } floor || Ratio >= floor;

    public string Describe()
    {
        var judged = Floor is { } floor ? $" (floor {floor}{(Goal is { } goal ? $", goal {goal}" : string.Empty)}) {(Passed ? "PASS" : "FAIL")}" : " (reported)";
        return string.Create(CultureInfo.InvariantCulture, $"{Metric} {Value:N1} {Unit} vs {LimitMetric} {Limit:N1} = ratio {Ratio:0.####}") + judged;
    }
}

/// <summary>A scenario's outcome: the headline measurement first (it fills the JSON's top-level fields), then the rest.</summary>
public sealed record ScenarioResult(string Scenario, string Title, IReadOnlyList<Measurement> Measurements, IReadOnlyDictionary<string, object> Details)
{
    public Measurement Headline => Measurements[0];

    public bool Passed => Measurements.All(measurement => measurement.Passed);

    /// <summary>A scenario this machine cannot run (a server missing): reported with the reason, never failed.</summary>
    public static ScenarioResult Skipped(string scenario, string title, string reason) => new(scenario, title,
        [new Measurement("skipped", 0, "-", 0, reason)], new Dictionary<string, object> { ["skipped"] = reason });
}
