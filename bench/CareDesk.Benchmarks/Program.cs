using System.CommandLine;
using CareDesk.Benchmarks.Harness;
using CareDesk.Benchmarks.Scenarios;

// The performance.md scenarios, each judged as a ratio against a limit measured in the same run; results go to
// artifacts/bench/<scenario>.json. eng/bench.sh --smoke (CI, 10-15 s a scenario) or --full (on demand).
IScenario[] scenarios =
[
    new IngestFrontDoorScenario(), new ClassifierScenario(), new PersistenceScenario(),
    new BusLatencyScenario(), new PartitionFailoverScenario(), new CrisisBurstScenario(),
];

var full = new Option<bool>("--full") { Description = "Longer steps and larger corpora (minutes); the default is the smoke run." };
var only = new Option<string[]>("--scenario") { Description = "Run only these scenarios (e.g. S1 S3).", AllowMultipleArgumentsPerToken = true };
var corpus = new Option<string>("--corpus") { Description = "Labelled posts (JSONL) to use as realistic text.", DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets", "ae", "smm4h2020_train.jsonl") };
var output = new Option<string>("--output") { Description = "Folder for the JSON results.", DefaultValueFactory = _ => Path.Combine("artifacts", "bench") };
var root = new RootCommand("CareDesk benchmark scenarios (docs/performance.md)") { full, only, corpus, output };
root.SetAction(async (parse, cancellationToken) =>
{
    var mode = parse.GetValue(full) ? BenchMode.Full : BenchMode.Smoke;
    var selected = parse.GetValue(only) is { Length: > 0 } ids
        ? scenarios.Where(scenario => ids.Contains(scenario.Id, StringComparer.OrdinalIgnoreCase)).ToArray()
        : scenarios;
    var context = new BenchContext(mode, Directory.GetCurrentDirectory(), parse.GetValue(corpus)!, TimeProvider.System);
    var failed = 0;
    try
    {
        failed = await RunAllAsync(selected, context, parse.GetValue(output)!, cancellationToken);
    }
    finally
    {
        await BenchBroker.StopAsync();
    }

    Console.WriteLine(failed == 0 ? "All scenarios at or above their floors." : $"{failed} scenario(s) below their floor.");
    return failed == 0 ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();

static async Task<int> RunAllAsync(IScenario[] selected, BenchContext context, string output, CancellationToken cancellationToken)
{
    var failed = 0;
    foreach (var scenario in selected)
    {
        var result = await scenario.RunAsync(context, cancellationToken);
        var path = ResultWriter.Write(result, context.Mode, output, context.Time);
        Console.WriteLine($"{result.Scenario} {result.Title} -> {path}");
        foreach (var measurement in result.Measurements)
        {
            Console.WriteLine("  " + measurement.Describe());
        }

        failed += result.Passed ? 0 : 1;
    }

    return failed;
}
