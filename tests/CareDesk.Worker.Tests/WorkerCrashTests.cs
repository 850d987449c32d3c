using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using CareDesk.Worker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Worker.Tests;

/// <summary>
/// The fault test: the worker process is killed with SIGKILL mid-run, another one takes over, and the broker restarts
/// while it works (its consumers must recover by themselves). Because the worker
/// acks only after the commit and the intake is idempotent, every accepted post ends up stored exactly once, and every
/// adverse-event candidate has its PV hand-off clock.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class WorkerCrashTests(RabbitMqBroker broker)
{
    private const int Total = 400;
    private const int Late = 40;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_WhenKilledWithSigkillMidRunAndTheBrokerRestarts_LosesNothingStoresEachPostOnceAndEveryAdverseEventHasItsPvClock()
    {
        broker.EnsureRunning();
        var topology = broker.NewTopology(partitions: 4);
        await using var publisher = await BusTestHost.StartAsync(topology, consume: false);
        var run = Guid.NewGuid().ToString("N")[..8];
        var items = Enumerable.Range(0, Total).Select(i => publisher.NewPost($"{run}-{i}",
            i % 4 == 0 ? $"Cardiozen gave me a rash on both arms and I had to see my doctor ({i})" : $"Where can I buy Cardiozen near store {i}?",
            threadId: $"{run}-thread-{i % 50}")).ToArray();
        var ids = items.Select(item => item.Event.ExternalId).ToList();
        foreach (var batch in items.Chunk(50))
        {
            await publisher.PublishAsync(batch); // every one confirmed: from here on it is "accepted"
        }

        int storedAtKill;
        using (var first = WorkerProcess.Start(topology, publisher.DatabasePath))
        {
            storedAtKill = await Poller.UntilAsync(() => publisher.CountPostsAsync(ids), count => count >= 20, TimeSpan.FromSeconds(240), "the first worker to store some posts");
            first.KillHard();
        }

        storedAtKill.ShouldBeLessThan(Total, "the worker must die mid-run for this test to mean anything");
        using (WorkerProcess.Start(topology, publisher.DatabasePath))
        {
            await Poller.UntilAsync(() => publisher.CountPostsAsync(ids), count => count > storedAtKill, TimeSpan.FromSeconds(180), "the second worker taking over");
            await broker.RestartAsync();
            // Accepted after the restart: only a worker whose consumers recovered can store these.
            var late = Enumerable.Range(Total, Late).Select(i => publisher.NewPost($"{run}-{i}", $"Cardiozen made my ankles swell ({i})", threadId: $"{run}-thread-{i % 50}")).ToArray();
            await PublishRetryingAsync(publisher, late);
            ids.AddRange(late.Select(item => item.Event.ExternalId));
            await Poller.UntilAsync(() => publisher.CountPostsAsync(ids), count => count == Total + Late, TimeSpan.FromSeconds(300), "every accepted post stored after the takeover and the broker restart");
        }

        var posts = await publisher.QueryAsync(db => db.Posts.Where(post => ids.Contains(post.ExternalId)).Select(post => new { post.Id, post.CaseId }).ToListAsync(Token));
        posts.Count.ShouldBe(Total + Late);
        var postIds = posts.Select(post => post.Id.ToString()).ToList();
        var received = await publisher.QueryAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == "post.received" && postIds.Contains(entry.EntityId), Token));
        received.ShouldBe(Total + Late, "each post received (and audited) exactly once");
        var caseIds = posts.Select(post => post.CaseId).Distinct().ToList();
        var cases = await publisher.QueryAsync(db => db.Cases.AsNoTracking().Include(item => item.Clocks).Where(item => caseIds.Contains(item.Id)).ToListAsync(Token));
        cases.Count.ShouldBe(50);
        var adverseEvents = cases.Where(item => item.Labels.Contains(TriageLabel.AdverseEvent)).ToList();
        adverseEvents.ShouldNotBeEmpty();
        adverseEvents.ShouldAllBe(item => item.Clocks.Any(clock => clock.Kind == SlaClockKind.PvHandoff));
    }

    /// <summary>As a network re-delivers after a 503: the publisher's connection may still be recovering from the restart.</summary>
    private static async Task PublishRetryingAsync(BusTestHost publisher, Application.Ingestion.IngestItem[] items)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await publisher.PublishAsync(items);
                return;
            }
            catch (Application.Ingestion.IngestBusUnavailableException) when (attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), Token);
            }
        }
    }
}
