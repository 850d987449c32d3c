using System.Text.Json;

namespace CareDesk.Benchmarks.Harness;

/// <summary>Writes artifacts/bench/&lt;scenario&gt;.json: the headline's scenario/metric/value/unit/limit/ratio, then every measurement.</summary>
public static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(ScenarioResult result, BenchMode mode, string directory, TimeProvider time)
    {
        Directory.CreateDirectory(directory);
        var headline = result.Headline;
        var document = new
        {
            scenario = result.Scenario,
            title = result.Title,
            metric = headline.Metric,
            value = headline.Value,
            unit = headline.Unit,
            limit = headline.Limit,
            limitMetric = headline.LimitMetric,
            ratio = headline.Ratio,
            floor = headline.Floor,
            goal = headline.Goal,
            passed = result.Passed,
            mode = mode.Name,
            measuredAt = time.GetUtcNow(),
            processorCount = Environment.ProcessorCount,
            measurements = result.Measurements.Select(item => new { item.Metric, item.Value, item.Unit, item.Limit, item.LimitMetric, item.Ratio, item.Floor, item.Goal, item.Passed }),
            details = result.Details,
        };
        var path = Path.Combine(directory, $"{result.Scenario}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
        return path;
    }
}
