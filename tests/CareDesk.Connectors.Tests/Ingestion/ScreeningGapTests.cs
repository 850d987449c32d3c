using CareDesk.Application.Channels;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Connectors.Tests.Ingestion.IngestionScenario;

namespace CareDesk.Connectors.Tests.Ingestion;

/// <summary>R1 acceptance: channels A and B with a 4 h maximum gap; B's connector stops; after 4 h 1 min B is alerted.</summary>
public sealed class ScreeningGapTests
{
    [Fact]
    public async Task A_channel_that_stops_ingesting_gets_one_gap_alert_naming_it_and_its_last_ingestion()
    {
        var a = new ScriptedConnector(ChannelKind.X);
        var b = new ScriptedConnector(ChannelKind.Reddit);
        await using var host = await StartAsync(a, b);
        await host.EnableAsync(XChannel, intervalMinutes: 5, maxGapMinutes: 240);
        await host.EnableAsync(RedditChannel, intervalMinutes: 5, maxGapMinutes: 240);
        await host.PollAsync(XChannel);
        await host.PollAsync(RedditChannel);
        var lastIngested = host.Time.GetUtcNow();

        for (var minute = 5; minute <= 245; minute += 5)
        {
            host.Time.Advance(TimeSpan.FromMinutes(5));
            await host.PollAsync(XChannel);
            b.ThenRefuse(new ChannelUnavailableException("connection refused"));
            await host.PollAsync(RedditChannel);
            await CheckAsync(host);
        }

        var alerts = await host.RunAsync((ListScreeningGapAlertsHandler handler, CancellationToken ct) => handler.HandleAsync(10, ct));
        var alert = alerts.ShouldHaveSingleItem();
        alert.ChannelKey.ShouldBe(RedditChannel);
        alert.LastIngestedAt.ShouldBe(lastIngested);
        alert.RaisedAt.ShouldBe(lastIngested.AddMinutes(245));
        (await host.StatusAsync(RedditChannel)).ScreeningGapSince.ShouldBe(alert.RaisedAt);
        (await host.StatusAsync(XChannel)).ScreeningGapSince.ShouldBeNull();
    }

    [Fact]
    public async Task The_gap_alert_is_resolved_by_the_next_successful_ingestion_and_stays_on_record()
    {
        var b = new ScriptedConnector(ChannelKind.Reddit);
        await using var host = await StartAsync(b);
        await host.EnableAsync(RedditChannel, intervalMinutes: 5, maxGapMinutes: 60);
        host.Time.Advance(TimeSpan.FromMinutes(61));
        (await CheckAsync(host)).ShouldHaveSingleItem();
        (await CheckAsync(host)).ShouldBeEmpty();

        await host.PollAsync(RedditChannel);

        var alert = (await host.RunAsync((ListScreeningGapAlertsHandler handler, CancellationToken ct) => handler.HandleAsync(10, ct))).ShouldHaveSingleItem();
        alert.ResolvedAt.ShouldBe(host.Time.GetUtcNow());
        alert.LastIngestedAt.ShouldBeNull();
        var actions = await host.QueryAsync((db, ct) => db.AuditEntries.Select(entry => entry.Action).ToListAsync(ct));
        actions.ShouldContain("channel.screening_gap");
        actions.ShouldContain("channel.screening_gap_resolved");
    }

    [Fact]
    public async Task Channels_not_switched_on_for_ingestion_are_never_alerted()
    {
        await using var host = await StartAsync();
        host.Time.Advance(TimeSpan.FromDays(3));

        (await CheckAsync(host)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_screening_schedule_is_validated_and_a_new_listening_query_gets_a_new_version_in_the_audit_trail()
    {
        await using var host = await StartAsync();
        var first = await host.EnableAsync(XChannel, query: "cardiozen");
        var second = await host.EnableAsync(XChannel, query: "cardiozen OR cardiozin");

        first.ListeningQueryVersion.ShouldBe(1);
        second.ListeningQueryVersion.ShouldBe(2);
        var versions = await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "channel.listening_query_versioned", ct));
        versions.ShouldBe(2);
        var invalid = await Should.ThrowAsync<Domain.Common.BusinessRuleViolationException>(() => host.EnableAsync(XChannel, intervalMinutes: 10, maxGapMinutes: 5));
        invalid.Message.ShouldContain("longer than the screening interval");
    }

    private static Task<IReadOnlyList<ScreeningGapAlert>> CheckAsync(ConnectorTestHost host) =>
        host.RunAsync((CheckScreeningGapsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
