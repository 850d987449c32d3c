using System.Diagnostics;
using System.Globalization;
using CareDesk.Benchmarks.Harness;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// S6: crisis burst and drain. One real worker behind the bus. First the slowest stage is measured in the same run (the
/// worker taking in a standing backlog: consume, screen, commit, ack), then a baseline of a twentieth of that rate, a
/// burst at 50x baseline, and baseline again until the backlog is gone. Reported: backlog peak and the time it took to
/// drain against the prediction peak / (stage rate - baseline). Hard checks: every confirmed post stored once, and
/// every post's first-response clock started at its received time (stamped at the door), not when the worker got to it.
/// </summary>
public sealed class CrisisBurstScenario : IScenario
{
    private const int Partitions = 16;
    private const int BurstFactor = 50;

    public string Id => "S6";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        const string title = "Crisis burst at 50x baseline and drain through the bus";
        if (RabbitMqNode.MissingReason() is { } missing)
        {
            return ScenarioResult.Skipped(Id, title, missing);
        }

        var full = context.Mode == BenchMode.Full;
        BenchLog.Step(Id, "broker, database and worker");
        await using var rig = await BusRig.StartAsync(context, "s6", Partitions, cancellationToken);
        await rig.StartWorkerAsync(cancellationToken);
        BenchLog.Step(Id, "worker ready; measuring the single-stage rate");
        var run = "s6-" + Guid.NewGuid().ToString("N")[..6] + "-";

        var stageRate = await SingleStageRateAsync(rig, run + "cal-", full ? 1_000 : 200, cancellationToken);
        var baseline = Math.Max(0.5, stageRate / 20);
        var burstSeconds = full ? 10.0 : 3.0;
        BenchLog.Step(Id, $"stage rate {stageRate:0.0}/s; baseline {baseline:0.0}/s, burst {baseline * BurstFactor:0}/s for {burstSeconds} s");
        var crisis = run + "crisis-";
        await using var watcher = new PostWatcher(rig.DatabasePath, crisis);
        var stamped = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var burst = new BurstPublisher(rig, crisis, stamped);

        await burst.OfferAsync(baseline, TimeSpan.FromSeconds(2), cancellationToken);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var samples = Task.Run(() => SampleBacklogAsync(burst, watcher, baseline, sampling.Token), cancellationToken);
        await burst.OfferAsync(baseline * BurstFactor, TimeSpan.FromSeconds(burstSeconds), cancellationToken);
        var burstEnded = Stopwatch.GetTimestamp();
        BenchLog.Step(Id, $"burst over ({burst.Confirmed} confirmed, {watcher.Rows} stored); baseline until drained");
        var drainLimit = TimeSpan.FromSeconds(full ? 180 : 60);
        var baselineAfter = Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(burstEnded) < drainLimit && burst.Confirmed - watcher.Rows > DrainedBelow(baseline))
            {
                await burst.OfferAsync(baseline, TimeSpan.FromSeconds(1), cancellationToken);
            }
        }, cancellationToken);
        await baselineAfter;
        await burst.CompleteAsync();
        await sampling.CancelAsync();
        var (peak, peakAt, drainedAt) = await samples;
        await watcher.WaitForAsync(w => w.Rows >= burst.Confirmed, TimeSpan.FromSeconds(60), cancellationToken);

        var drainSeconds = drainedAt is { } end ? Stopwatch.GetElapsedTime(peakAt, end).TotalSeconds : drainLimit.TotalSeconds;
        var predictedSeconds = peak / Math.Max(0.001, stageRate - baseline);
        var posts = BusStore.Posts(rig.DatabasePath, crisis);
        var distinct = posts.Select(post => post.ExternalId).Distinct(StringComparer.Ordinal).Count();
        var receivedEntries = BusStore.ReceivedAuditEntries(rig.DatabasePath, crisis);
        var clocks = BusStore.FirstResponseClocks(rig.DatabasePath, crisis);
        var startedAtReceipt = clocks.Count(clock => clock.ClockStartedAt == clock.PostReceivedAt
            && stamped.TryGetValue(clock.ExternalId, out var at) && clock.PostReceivedAt == at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        var worstWait = clocks.Select(clock => (Parse(clock.ProcessedAt) - Parse(clock.PostReceivedAt)).TotalSeconds).DefaultIfEmpty(0).Max();

        var measurements = new List<Measurement>
        {
            new("burst posts stored (confirmed -> stored)", distinct, "posts", burst.Confirmed, "posts confirmed by the broker", Floor: 1.0),
            new("posts taken in once (posts per post.received audit entry)", distinct, "posts", Math.Max(1, receivedEntries), "post.received audit entries", Floor: 1.0),
            new("first-response clocks started at the received time", startedAtReceipt, "posts", burst.Confirmed, "posts confirmed by the broker", Floor: 1.0),
            new("time to drain the backlog peak", drainSeconds, "s", predictedSeconds, "predicted: peak / (single-stage rate - baseline), same run"),
            new("backlog peak", peak, "posts", baseline * BurstFactor * burstSeconds, "posts offered in the burst"),
            new("single-stage rate (worker intake of a standing backlog)", stageRate, "posts/s", baseline * BurstFactor, "burst offered rate"),
        };
        var details = new Dictionary<string, object>
        {
            ["partitions"] = Partitions,
            ["workers"] = 1,
            ["baselinePerSecond"] = baseline,
            ["burstPerSecond"] = baseline * BurstFactor,
            ["burstSeconds"] = burstSeconds,
            ["published"] = burst.Confirmed,
            ["publishFailures"] = burst.Failed,
            ["lost"] = burst.Confirmed - distinct,
            ["duplicated"] = receivedEntries - distinct,
            ["drained"] = drainedAt is not null,
            ["longestWaitBeforeProcessingSeconds"] = worstWait,
            ["clockCheck"] = "SlaClocks.StartedAt (FirstResponse) == Posts.ReceivedAt == the time stamped at publish; processing time is the post.received audit entry",
        };
        return new ScenarioResult(Id, title, measurements, details);
    }

    /// <summary>Backlog at or under a second of baseline traffic counts as drained (that much is always in flight).</summary>
    private static double DrainedBelow(double baseline) => Math.Max(2, baseline);

    /// <summary>The worker's own rate on a standing backlog: first to last commit of a batch published all at once.</summary>
    private static async Task<double> SingleStageRateAsync(BusRig rig, string prefix, int count, CancellationToken cancellationToken)
    {
        await using var watcher = new PostWatcher(rig.DatabasePath, prefix);
        var items = Enumerable.Range(0, count).Select(index => rig.Post(prefix + index.ToString(CultureInfo.InvariantCulture), prefix + "t" + index.ToString(CultureInfo.InvariantCulture), BurstPublisher.Text(index))).ToArray();
        foreach (var batch in items.Chunk(100))
        {
            await rig.Topology.Publisher.PublishAsync(batch, cancellationToken);
        }

        await watcher.WaitForAsync(w => w.Rows >= count, TimeSpan.FromSeconds(120), cancellationToken);
        var seen = watcher.FirstSeen.Values.Order().ToList();
        return seen.Count < 2 ? 0 : (seen.Count - 1) / Stopwatch.GetElapsedTime(seen[0], seen[^1]).TotalSeconds;
    }

    private static async Task<(double Peak, long PeakAt, long? DrainedAt)> SampleBacklogAsync(BurstPublisher burst, PostWatcher watcher, double baseline, CancellationToken cancellationToken)
    {
        double peak = 0;
        long peakAt = Stopwatch.GetTimestamp();
        long? drainedAt = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var backlog = burst.Confirmed - watcher.Rows;
            if (backlog > peak)
            {
                (peak, peakAt, drainedAt) = (backlog, Stopwatch.GetTimestamp(), null);
            }
            else if (drainedAt is null && peak > 0 && backlog <= DrainedBelow(baseline))
            {
                drainedAt = Stopwatch.GetTimestamp();
            }

            try
            {
                await Task.Delay(20, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (peak, peakAt, drainedAt);
    }

    private static DateTimeOffset Parse(string utcText) =>
        DateTimeOffset.ParseExact(utcText, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
