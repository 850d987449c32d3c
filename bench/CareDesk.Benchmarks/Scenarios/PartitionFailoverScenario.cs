using System.Diagnostics;
using System.Globalization;
using CareDesk.Benchmarks.Harness;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// S5: partition failover. 16 partitions, two real worker processes on the same database: the first subscribes first and
/// is the single active consumer of every partition, the second stands by. Conversations are published in rounds (one
/// item per conversation per confirmed batch, so publication order per conversation is defined); once some posts are
/// stored the active worker is killed with SIGKILL by PID. Hard checks: nothing lost, nothing taken in twice (one
/// "post.received" audit entry per post), every conversation committed in publication order. Reported: takeover time
/// (kill -> next commit, goal under 5 s) and the pipeline rate against the raw confirmed publish rate, same run.
/// </summary>
public sealed class PartitionFailoverScenario : IScenario
{
    private const int Partitions = 16;
    private static readonly TimeSpan TakeoverGoal = TimeSpan.FromSeconds(5);

    public string Id => "S5";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        const string title = "Partition failover: the active worker killed with SIGKILL mid-run";
        if (RabbitMqNode.MissingReason() is { } missing)
        {
            return ScenarioResult.Skipped(Id, title, missing);
        }

        var (conversations, rounds) = context.Mode == BenchMode.Full ? (64, 40) : (32, 16);
        var total = conversations * rounds;
        BenchLog.Step(Id, "starting the broker");
        var broker = await BenchBroker.GetAsync(context.RepositoryRoot, cancellationToken);
        BenchLog.Step(Id, "raw confirmed publish rate");
        var rawPublishRate = await BrokerRoundTrip.ConfirmedPublishRateAsync(broker.Uri, Partitions, rounds, conversations, cancellationToken);

        BenchLog.Step(Id, $"raw publish {rawPublishRate:0}/s; database and workers");
        await using var rig = await BusRig.StartAsync(context, "s5", Partitions, cancellationToken);
        var active = await rig.StartWorkerAsync(cancellationToken);
        await rig.StartWorkerAsync(cancellationToken); // hot standby: subscribed second, so single active consumer passes it over
        BenchLog.Step(Id, $"workers ready (active PID {active.Id}); publishing {total} posts");
        var run = "s5-" + Guid.NewGuid().ToString("N")[..6] + "-";
        await using var watcher = new PostWatcher(rig.DatabasePath, run);

        var started = Stopwatch.GetTimestamp();
        var publishing = Task.Run(async () =>
        {
            for (var round = 0; round < rounds; round++)
            {
                // One item per conversation per batch, each batch confirmed before the next: per-conversation order is the round order.
                var batch = Enumerable.Range(0, conversations)
                    .Select(conversation => rig.Post(ExternalId(run, conversation, round), $"{run}t{conversation}", Text(round)))
                    .ToArray();
                await rig.Topology.Publisher.PublishAsync(batch, cancellationToken);
            }
        }, cancellationToken);

        // Kill once the active worker is visibly working but far from done, so it dies holding unacknowledged messages.
        var killAfter = Math.Max(20, total / 5);
        await watcher.WaitForAsync(w => w.Rows >= killAfter, TimeSpan.FromSeconds(120), cancellationToken);
        var storedAtKill = watcher.Rows;
        BenchLog.Step(Id, $"{storedAtKill} stored: kill -9 {active.Id}");
        var killedAt = Stopwatch.GetTimestamp();
        active.KillHard(); // returns once the process is gone
        // Rows the dead worker committed are not takeover; the first row past them is the standby's.
        var rowsAtDeath = BusStore.Posts(rig.DatabasePath, run).Count;
        var tookOver = await watcher.WaitForAsync(w => w.Rows > rowsAtDeath, TimeSpan.FromSeconds(60), cancellationToken);
        var takeoverSeconds = tookOver ? Stopwatch.GetElapsedTime(killedAt).TotalSeconds : -1;
        BenchLog.Step(Id, $"standby took over after {takeoverSeconds:0.000} s; waiting for all {total}");
        await publishing;
        var allStored = await watcher.WaitForAsync(w => w.Rows >= total, TimeSpan.FromSeconds(120), cancellationToken);
        var finished = Stopwatch.GetTimestamp();

        var pipelineRate = watcher.Rows / Stopwatch.GetElapsedTime(started, finished).TotalSeconds;

        var posts = BusStore.Posts(rig.DatabasePath, run);
        var distinct = posts.Select(post => post.ExternalId).Distinct(StringComparer.Ordinal).Count();
        var receivedEntries = BusStore.ReceivedAuditEntries(rig.DatabasePath, run);
        var inOrder = posts.GroupBy(post => post.ThreadId).Count(thread => IsInRoundOrder(thread.Select(post => post.ExternalId).ToList()));
        var violations = conversations - inOrder;

        var measurements = new List<Measurement>
        {
            new("confirmed posts stored after the kill", distinct, "posts", total, "posts confirmed by the broker", Floor: 1.0),
            new("posts taken in once (posts per post.received audit entry)", distinct, "posts", Math.Max(1, receivedEntries), "post.received audit entries", Floor: 1.0),
            new("conversations committed in publication order", inOrder, "conversations", conversations, "conversations published", Floor: 1.0),
            new("takeover time (kill -9 -> the standby's first commit)", tookOver ? takeoverSeconds : 60, "s", TakeoverGoal.TotalSeconds, "performance.md goal (ratio under 1 meets it)"),
            new("pipeline rate (publish -> stored, failover included)", pipelineRate, "posts/s", rawPublishRate, "raw confirmed publish rate, same broker"),
        };
        var details = new Dictionary<string, object>
        {
            ["partitions"] = Partitions,
            ["workers"] = 2,
            ["conversations"] = conversations,
            ["rounds"] = rounds,
            ["published"] = total,
            ["storedAtKill"] = storedAtKill,
            ["storedWhenTheWorkerWasGone"] = rowsAtDeath,
            ["allStoredWithin120s"] = allStored,
            ["lost"] = total - distinct,
            ["duplicated"] = receivedEntries - distinct,
            ["orderViolations"] = violations,
            ["takeoverSeconds"] = takeoverSeconds,
            ["killedPid"] = active.Id,
        };
        return new ScenarioResult(Id, title, measurements, details);
    }

    private static string ExternalId(string run, int conversation, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"{run}{conversation}-{round}");

    /// <summary>Round numbers of one conversation's posts in commit (rowid) order must rise strictly.</summary>
    private static bool IsInRoundOrder(IReadOnlyList<string> externalIds)
    {
        var rounds = externalIds.Select(id => int.Parse(id[(id.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).ToList();
        return rounds.Zip(rounds.Skip(1)).All(pair => pair.First < pair.Second);
    }

    private static string Text(int round) => (round % 3) switch
    {
        0 => "Cardiozen gave me a headache after the second dose, is that normal?",
        1 => "Where can I buy Cardiozen near me?",
        _ => "Thanks for the quick answer yesterday",
    };
}
