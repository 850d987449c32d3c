using CareDesk.Application.Cases;
using CareDesk.Application.Channels;
using CareDesk.Application.Connectors;
using CareDesk.Application.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>R13: AEs found by listening on sources the company does not own are assessed once a person has seen them, never ignored.</summary>
public sealed class ListeningAwarenessTests
{
    private const string Channel = "reddit-respiro";

    [Fact]
    public async Task R13_a_listening_hit_waits_unreviewed_without_day0_until_an_analyst_opens_it_then_day0_is_that_day()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);
        await host.ConfigureListeningAsync("respiro");
        await host.ConfigureListeningAsync("respiro OR inhaler");
        var hit = new ChannelEvent(ChannelEventKind.Created, "t3_public1", "u/stranger", "My dad took Respiro, got a rash and was hospitalised",
            ApplicationTestHost.Start.AddMinutes(-30))
        { FromListening = true, IsPublic = true };
        var channel = await host.QueryAsync((db, ct) => db.Channels.AsNoTracking().SingleAsync(found => found.Key == Channel, ct));
        host.Actor.SignInAs("system", null, Application.Common.ActorVia.System);
        await host.RunAsync((ReceiveChannelEventsHandler handler, CancellationToken ct) => handler.HandleAsync(channel, [hit], ApplicationTestHost.Start, ct));

        host.Time.Advance(TimeSpan.FromDays(2));
        host.Actor.SignInAs("alice", Domain.Users.UserRole.Agent);
        var queued = (await host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct)))
            .Single(item => item.ChannelKey == Channel);
        var post = await host.QueryAsync((db, ct) => db.Posts.AsNoTracking().SingleAsync(found => found.ExternalId == "t3_public1", ct));
        var before = await host.QueryAsync((db, ct) => db.PvIntakes.AsNoTracking().SingleAsync(intake => intake.CaseNumber == queued.Number, ct));
        var opened = await host.OpenPvAsync(queued.Number);
        await host.ReviewAsync(queued.Number, PvSteps.ConfirmAll());
        var reviewed = await host.OpenPvAsync(queued.Number);
        var after = (await host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct)))
            .Single(item => item.ChannelKey == Channel);

        queued.Labels.ShouldContain(Domain.Triage.TriageLabel.AdverseEvent);
        queued.ListeningUnreviewed.ShouldBeTrue();
        post.ListeningQueryVersion.ShouldBe(2);
        before.MinimumCriteriaMetAt.ShouldBeNull();
        opened.Awareness.FirstSeenByHumanAt.ShouldBe(host.Time.GetUtcNow());
        reviewed.Awareness.MinimumCriteriaMetAt.ShouldBe(host.Time.GetUtcNow());
        reviewed.Deadline!.Day0.ShouldBe(DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime));
        after.ListeningUnreviewed.ShouldBeFalse();
    }

    [Fact]
    public async Task R13_changing_the_listening_keywords_creates_version_n_plus_1_with_an_audit_entry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);

        await host.ConfigureListeningAsync("respiro");
        await host.ConfigureListeningAsync("respiro");
        await host.ConfigureListeningAsync("respiro AND hospitalised");

        (await host.QueryAsync((db, ct) => db.Channels.SingleAsync(found => found.Key == Channel, ct))).ListeningQueryVersion.ShouldBe(2);
        var versions = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "channel.listening_query_versioned").ToListAsync(ct));
        versions.Count.ShouldBe(2);
        versions[^1].After!.ShouldContain("respiro AND hospitalised");
        versions[^1].Actor.ShouldBe("sam");
    }
}

internal static class ListeningSteps
{
    public static Task ConfigureListeningAsync(this ApplicationTestHost host, string query) =>
        host.RunAsync((ConfigureChannelIngestionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ConfigureChannelIngestionCommand("reddit-respiro", true, "RespiroInhaler", query, 15, 240), ct));
}
