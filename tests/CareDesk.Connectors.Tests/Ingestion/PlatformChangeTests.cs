using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Connectors.Tests.Ingestion.IngestionScenario;

namespace CareDesk.Connectors.Tests.Ingestion;

/// <summary>R10: the stored post never changes; edits, deletions and hides on the platform are new, recorded events.</summary>
public sealed class PlatformChangeTests
{
    [Fact]
    public async Task An_edit_is_kept_as_a_revision_beside_the_original_and_screened_again()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.ThenAnswer(Tweet(1, "Started Cardiozen today"));
        var edited = Tweet(1, "Started Cardiozen today and now I have a terrible rash") with { Kind = ChannelEventKind.Edited, OccurredAt = ConnectorTestHost.Start.AddMinutes(3) };
        network.ThenAnswer(edited);
        network.ThenAnswer(edited);
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);
        host.Time.Advance(TimeSpan.FromMinutes(5));

        var changed = await host.PollAsync(XChannel);
        var repeated = await host.PollAsync(XChannel);

        changed.Received.ShouldBe(new ReceiveChannelEventsResult(0, 0, 1, 0));
        repeated.Received.ShouldBe(new ReceiveChannelEventsResult(0, 1, 0, 0));
        var post = (await host.PostsAsync(XChannel)).Single();
        post.Text.ShouldBe("Started Cardiozen today");
        var revision = await host.QueryAsync((db, ct) => db.PostChanges.SingleAsync(change => change.PostId == post.Id, ct));
        revision.Kind.ShouldBe(PostChangeKind.Edited);
        revision.Text.ShouldBe("Started Cardiozen today and now I have a terrible rash");
        revision.Labels.ShouldContain(TriageLabel.AdverseEvent);
        var caseClocks = await host.QueryAsync((db, ct) => db.Cases.Include(found => found.Clocks).SingleAsync(found => found.Id == post.CaseId, ct));
        caseClocks.Labels.ShouldContain(TriageLabel.AdverseEvent);
        caseClocks.Clocks.ShouldContain(clock => clock.Kind == SlaClockKind.PvHandoff && clock.StartedAt == ConnectorTestHost.Start.AddMinutes(5));
    }

    [Fact]
    public async Task A_deletion_on_the_platform_is_recorded_and_the_stored_post_is_kept()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.ThenAnswer(Tweet(1, "Cardiozen made me dizzy"));
        var deleted = new ChannelEvent(ChannelEventKind.Deleted, "1", null, null, ConnectorTestHost.Start.AddMinutes(1));
        network.ThenAnswer(deleted, deleted with { Kind = ChannelEventKind.Hidden });
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);

        await host.PollAsync(XChannel);

        var post = (await host.PostsAsync(XChannel)).Single();
        post.Text.ShouldBe("Cardiozen made me dizzy");
        var changes = await host.QueryAsync((db, ct) => db.PostChanges.Where(change => change.PostId == post.Id).Select(change => change.Kind).ToListAsync(ct));
        changes.ShouldBe([PostChangeKind.Deleted, PostChangeKind.Hidden], ignoreOrder: true);
        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.EntityId == post.Id.ToString()).Select(entry => entry.Action).ToListAsync(ct));
        audit.ShouldContain("post.deleted_on_platform");
    }

    [Fact]
    public async Task An_edit_of_a_post_never_seen_is_ingested_as_a_new_post_so_it_is_still_screened()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.ThenAnswer(Tweet(7, "Cardiozen caused chest pain") with { Kind = ChannelEventKind.Edited });
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);

        var result = await host.PollAsync(XChannel);

        result.Received!.Created.ShouldBe(1);
        (await host.PostsAsync(XChannel)).Single().Labels.ShouldContain(TriageLabel.AdverseEvent);
    }
}
