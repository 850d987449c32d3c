using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CareDesk.Benchmarks.Harness;
using CareDesk.Classification.AdverseEvents.Model;
using HdrHistogram;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// S4: end-to-end latency through the bus. The real web host in Bus mode answers signed Meta deliveries 202 once
/// RabbitMQ confirmed them; one real worker process stores them. Latency runs from the scheduled send time to the
/// moment a reader's query sees the committed post (no SignalR: visibility is polled every 5 ms). Limit: the broker
/// alone (same publisher, same topology shape, a consumer that only acks) at the same offered rate, same run.
/// </summary>
public sealed partial class BusLatencyScenario : IScenario
{
    private const string AppSecret = "bench-app-secret";
    private const string PageId = "1234567890321";
    private const int Partitions = 16;
    private static readonly double[] OfferedRates = [50, 500];

    public string Id => "S4";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        const string title = "End-to-end latency through RabbitMQ and a worker";
        if (RabbitMqNode.MissingReason() is { } missing)
        {
            return ScenarioResult.Skipped(Id, title, missing);
        }

        var texts = LabelledTextReader.ReadJsonl(context.CorpusPath).Select(row => row.Text).Take(5_000).ToArray();
        var deliveries = new MetaDeliveries(AppSecret, PageId, texts);
        var step = StepFor(context.Mode);
        BenchLog.Step(Id, "broker, web host (Bus mode) and worker");
        var broker = await BenchBroker.GetAsync(context.RepositoryRoot, cancellationToken);
        await using var topology = new BusTopology(broker.Uri, "s4" + Guid.NewGuid().ToString("N")[..6], Partitions);
        var webSettings = new Dictionary<string, string>(topology.ProcessSettings("unused"))
        {
            ["Ingestion__Mode"] = "Bus",
            ["Connectors__Meta__AppSecret"] = AppSecret,
        };
        webSettings.Remove("Database__Path");
        await using var web = await WebHostProcess.StartAsync(context.RepositoryRoot, webSettings, cancellationToken);
        await IngestFrontDoorScenario.ConfigurePageAsync(web.BaseAddress, cancellationToken);
        await using var worker = await WorkerHostProcess.StartAsync(context.RepositoryRoot, topology.ProcessSettings(web.DatabasePath), cancellationToken);
        await using var watcher = new PostWatcher(web.DatabasePath, "bench_");
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

        var measurements = new List<Measurement>();
        var details = new Dictionary<string, object> { ["partitions"] = Partitions, ["workers"] = 1, ["stepSeconds"] = step.TotalSeconds, ["visibility"] = "SQLite poll every 5 ms (no SignalR)" };
        long sequence = 0, accepted = 0, failed = 0;
        var sentAt = new ConcurrentDictionary<long, long>();
        foreach (var rate in OfferedRates)
        {
            BenchLog.Step(Id, $"{rate}/s: broker-only round trip, then end to end");
            var broker99 = await BrokerRoundTrip.LatencyAsync(broker.Uri, Partitions, rate, step, cancellationToken);
            var first = sequence;
            var offered = await LoadGenerator.OfferAsync(client, index =>
            {
                sentAt[index] = Stopwatch.GetTimestamp();
                return deliveries.Create(index);
            }, rate, step, first, cancellationToken);
            sequence += offered.Completed + offered.Failed;
            accepted += offered.Completed;
            failed += offered.Failed;
            await watcher.WaitForAsync(w => CountSeen(w, first, sequence) >= offered.Completed, TimeSpan.FromSeconds(60), cancellationToken);
            var endToEnd = Latency(watcher, sentAt, first, sequence, step);
            measurements.Add(new($"end-to-end p99 at {rate}/s offered", endToEnd.P99Ms, "ms", broker99.P99Ms, "broker-only publish->consume p99 at the same rate"));
            details[$"at{rate}"] = new { endToEnd, brokerOnly = broker99, webAccepted = offered.Completed, webFailed = offered.Failed, webP99Ms = offered.P99Ms };
        }

        var stored = watcher.FirstSeen.Count;
        var rows = watcher.Rows;
        var receivedEntries = BusStore.ReceivedAuditEntries(web.DatabasePath, "bench_");
        measurements.Insert(0, new("accepted deliveries visible as stored posts", stored, "posts", accepted, "deliveries answered 202", Floor: 1.0));
        measurements.Add(new("posts taken in once (posts per post.received audit entry)", stored, "posts", Math.Max(1, Math.Max(rows, receivedEntries)), "stored rows / post.received audit entries", Floor: 1.0));
        details["accepted"] = accepted;
        details["failedDeliveries"] = failed;
        details["lost"] = Math.Max(0, accepted - stored);
        details["duplicated"] = Math.Max(rows, receivedEntries) - stored;
        return new ScenarioResult(Id, title, measurements, details);
    }

    private static TimeSpan StepFor(BenchMode mode) => mode == BenchMode.Full ? mode.StepDuration : TimeSpan.FromSeconds(3);

    private static long CountSeen(PostWatcher watcher, long first, long end) =>
        watcher.FirstSeen.Keys.Count(id => Sequence(id) is { } index && index >= first && index < end);

    private static LoadStep Latency(PostWatcher watcher, ConcurrentDictionary<long, long> sentAt, long first, long end, TimeSpan offeredFor)
    {
        var histogram = new LongHistogram(120_000_000, 3);
        long seen = 0;
        foreach (var (id, at) in watcher.FirstSeen)
        {
            if (Sequence(id) is { } index && index >= first && index < end && sentAt.TryGetValue(index, out var sent))
            {
                histogram.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(sent, at).TotalMicroseconds));
                seen++;
            }
        }

        return LoadStep.From(histogram, seen, end - first - seen, offeredFor); // the rate: posts made visible per second of offered load
    }

    /// <summary>The delivery's sequence number from the stored external id (the comment id is bench_{sequence}).</summary>
    private static long? Sequence(string externalId) =>
        BenchComment().Match(externalId) is { Success: true } match ? long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"bench_(\d+)$")]
    private static partial Regex BenchComment();
}
