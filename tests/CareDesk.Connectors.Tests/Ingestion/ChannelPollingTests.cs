using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareDesk.Connectors.Tests.Ingestion.IngestionScenario;

namespace CareDesk.Connectors.Tests.Ingestion;

public sealed class ChannelPollingTests
{
    [Fact]
    public async Task A_poll_stores_and_screens_every_new_item_and_moves_the_checkpoint_past_them()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.AddRange([Tweet(1, "Cardiozen gave me a terrible rash"), Tweet(2, "Where can I buy Cardiozen?")]);
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);

        var result = await host.PollAsync(XChannel);

        result.Succeeded.ShouldBeTrue();
        result.Received!.Created.ShouldBe(2);
        var posts = await host.PostsAsync(XChannel);
        posts.Select(post => post.ExternalId).ShouldBe(["1", "2"]);
        posts[0].Labels.ShouldContain(TriageLabel.AdverseEvent);
        var status = await host.StatusAsync(XChannel);
        status.LastSuccessAt.ShouldBe(ConnectorTestHost.Start);
        status.ItemsIngested.ShouldBe(2);
        status.RateLimitRemaining.ShouldBe(449);
        status.NextAttemptAt.ShouldBe(ConnectorTestHost.Start.AddMinutes(5));
    }

    [Fact]
    public async Task The_next_poll_continues_from_the_saved_checkpoint_without_duplicates()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "first"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);
        network.Timeline.Add(Tweet(2, "second"));

        var second = await host.PollAsync(XChannel);

        network.Requests.Select(request => request.Checkpoint).ShouldBe([null, "1"]);
        second.Received!.Created.ShouldBe(1);
        (await host.PostsAsync(XChannel)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Items_delivered_twice_by_the_network_are_stored_once()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.ThenAnswer(Tweet(1, "hello"), Tweet(2, "again"));
        network.ThenAnswer(Tweet(2, "again"), Tweet(3, "new"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);

        await host.PollAsync(XChannel);
        var second = await host.PollAsync(XChannel);

        second.Received.ShouldBe(new ReceiveChannelEventsResult(1, 1, 0, 0));
        (await host.PostsAsync(XChannel)).Select(post => post.ExternalId).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task A_rate_limit_keeps_the_checkpoint_shows_on_health_and_is_waited_out_until_reset()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "first"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);
        var reset = ConnectorTestHost.Start.AddMinutes(20);
        network.ThenRefuse(new ChannelRateLimitedException("429 Too Many Requests", reset));
        host.Time.Advance(TimeSpan.FromMinutes(5));

        var refused = await host.PollAsync(XChannel);

        refused.Succeeded.ShouldBeFalse();
        refused.NextAttemptAt.ShouldBe(reset);
        var status = await host.StatusAsync(XChannel);
        status.RateLimited.ShouldBeTrue();
        status.LastError.ShouldBe("429 Too Many Requests");
        (await DueAsync(host)).ShouldNotContain(XChannel);
        host.Time.Advance(TimeSpan.FromMinutes(15));
        (await DueAsync(host)).ShouldContain(XChannel);
        network.Timeline.Add(Tweet(2, "second"));
        (await host.PollAsync(XChannel)).Received!.Created.ShouldBe(1);
        network.Requests[^1].Checkpoint.ShouldBe("1");
    }

    [Fact]
    public async Task A_spent_daily_quota_is_recorded_in_the_audit_trail_as_well_as_on_health()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.ThenRefuse(new ChannelQuotaExceededException("quotaExceeded", ConnectorTestHost.Start.AddHours(10)));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);

        await host.PollAsync(XChannel);

        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "channel.quota_exceeded").ToListAsync(ct));
        audit.ShouldHaveSingleItem().After!.ShouldContain("x-cardiozen-us");
        (await host.StatusAsync(XChannel)).NextAttemptAt.ShouldBe(ConnectorTestHost.Start.AddHours(10));
    }

    [Fact]
    public async Task A_crash_while_storing_a_batch_loses_nothing_the_items_are_read_again_from_the_old_checkpoint()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.AddRange([Tweet(1, "stored before the crash"), Tweet(2, "CRASH while storing this one"), Tweet(3, "never reached")]);
        var classifier = new CrashOnceClassifier("CRASH");
        await using var host = await ConnectorTestHost.StartAsync(services =>
        {
            services.AddSingleton<IChannelConnector>(network);
            services.AddSingleton<Application.Abstractions.IPostClassifier>(classifier);
        });
        await host.EnableAsync(XChannel);

        await Should.ThrowAsync<InvalidOperationException>(() => host.PollAsync(XChannel));
        (await host.PostsAsync(XChannel)).Select(post => post.ExternalId).ShouldBe(["1"]);
        var retried = await host.PollAsync(XChannel);

        network.Requests.Select(request => request.Checkpoint).ShouldBe([null, null]);
        retried.Received.ShouldBe(new ReceiveChannelEventsResult(2, 1, 0, 0));
        (await host.PostsAsync(XChannel)).Select(post => post.ExternalId).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task An_oversized_item_is_refused_into_the_audit_trail_without_blocking_the_channel()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.AddRange([Tweet(1, new string('x', 70_000)), Tweet(2, "normal")]);
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);

        var result = await host.PollAsync(XChannel);

        result.Received.ShouldBe(new ReceiveChannelEventsResult(1, 0, 0, 1));
        (await host.StatusAsync(XChannel)).LastSuccessAt.ShouldNotBeNull();
        var rejected = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "channel.item_rejected", ct));
        rejected.After!.ShouldContain("64 KB");
    }

    private static Task<IReadOnlyList<string>> DueAsync(ConnectorTestHost host) =>
        host.RunAsync((ListChannelsDueForPollingHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
