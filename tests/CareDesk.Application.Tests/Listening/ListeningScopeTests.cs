using CareDesk.Application.Connectors;
using CareDesk.Application.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Listening;

/// <summary>R43a: listening hits outside product or therapy scope are discarded at ingestion; owned-channel items never are (R12).</summary>
public sealed class ListeningScopeTests
{
    [Fact]
    public async Task R43a_listening_hits_outside_product_or_therapy_scope_are_discarded_and_logged_by_hashed_id_only()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var events = Enumerable.Range(0, 100).Select(index => new ChannelEvent(ChannelEventKind.Created, $"search-{index}", $"@searcher{index}",
            index < 60 ? $"Lovely picnic weather in the park today, number {index}" : index % 2 == 0 ? $"Cardiozen worked for me, week {index}" : $"Managing my hypertension, day {index}",
            ApplicationTestHost.Start.AddMinutes(-index))
        { FromListening = true, IsPublic = true }).ToList();

        var result = await ReceiveAsync(host, events);

        result.Created.ShouldBe(40);
        result.Discarded.ShouldBe(60);
        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(ct))).ShouldBe(40);
        var logged = await host.QueryAsync((db, ct) => db.DiscardedListeningItems.ToListAsync(ct));
        logged.Count.ShouldBe(60);
        logged.ShouldAllBe(item => item.ItemHash.Length == 64 && item.ItemHash.All(Uri.IsHexDigit) && !item.ItemHash.Contains("search"));
        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(post => post.Text.Contains("picnic"), ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => (entry.After ?? string.Empty).Contains("picnic") || (entry.After ?? string.Empty).Contains("@searcher1\""), ct))).ShouldBe(0);
    }

    [Fact]
    public async Task R43a_a_discarded_hit_delivered_again_is_a_repeat_not_a_second_log_row()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var hit = new ChannelEvent(ChannelEventKind.Created, "search-1", "@someone", "Lovely picnic weather", ApplicationTestHost.Start) { FromListening = true };

        await ReceiveAsync(host, [hit]);
        var again = await ReceiveAsync(host, [hit]);

        again.Repeats.ShouldBe(1);
        (await host.QueryAsync((db, ct) => db.DiscardedListeningItems.CountAsync(ct))).ShouldBe(1);
    }

    [Fact]
    public async Task R12_owned_channel_items_are_stored_and_screened_even_when_off_topic()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var owned = new ChannelEvent(ChannelEventKind.Created, "owned-1", "@follower", "Lovely picnic weather, also I got a rash", ApplicationTestHost.Start) { IsPublic = true };

        var result = await ReceiveAsync(host, [owned]);

        result.Created.ShouldBe(1);
        result.Discarded.ShouldBe(0);
        var post = await host.QueryAsync((db, ct) => db.Posts.SingleAsync(ct));
        post.Labels.ShouldContain(Domain.Triage.TriageLabel.AdverseEvent);
    }

    private static async Task<ReceiveChannelEventsResult> ReceiveAsync(ApplicationTestHost host, IReadOnlyList<ChannelEvent> events)
    {
        var channel = await host.QueryAsync((db, ct) => db.Channels.AsNoTracking().SingleAsync(found => found.Key == ApplicationTestHost.DefaultChannel, ct));
        return await host.RunAsync((ReceiveChannelEventsHandler handler, CancellationToken ct) => handler.HandleAsync(channel, events, ApplicationTestHost.Start, ct));
    }
}
