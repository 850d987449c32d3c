using CareDesk.Application.Connectors;
using CareDesk.Application.Moderation;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Connectors.Tests.Ingestion.IngestionScenario;

namespace CareDesk.Connectors.Tests.Ingestion;

/// <summary>Pre-moderation hides a new comment on the network itself, through the channel's connector; a refusal waits for the next round.</summary>
public sealed class ModerationDeliveryTests
{
    [Fact]
    public async Task A_comment_on_a_pre_moderated_page_is_hidden_on_the_network_once()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "Does Cardiozen interact with grapefruit?"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await PreModerateAsync(host);
        await host.PollAsync(XChannel);

        var first = await DeliverAsync(host);
        var second = await DeliverAsync(host);

        first.ShouldBe(new DeliverModerationActionsResult(1, 0));
        second.ShouldBe(new DeliverModerationActionsResult(0, 0));
        var action = network.Actions.ShouldHaveSingleItem();
        action.Kind.ShouldBe(ChannelActionKind.Hide);
        action.TargetExternalId.ShouldBe("1");
        var item = await host.QueryAsync((db, ct) => db.ModeratedItems.SingleAsync(ct));
        item.State.ShouldBe(ModerationState.Hidden);
        item.PendingAction.ShouldBeNull();
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "moderation.delivered", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_hide_the_network_refuses_stays_pending_and_is_made_on_the_next_round()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "Cardiozen made me dizzy"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await PreModerateAsync(host);
        await host.PollAsync(XChannel);
        network.ActionRefusals.Enqueue(new ChannelUnavailableException("503 Service Unavailable"));

        var refused = await DeliverAsync(host);
        var pending = await host.QueryAsync((db, ct) => db.ModeratedItems.SingleAsync(ct));
        var retried = await DeliverAsync(host);

        refused.ShouldBe(new DeliverModerationActionsResult(0, 1));
        pending.PendingAction.ShouldBe(PlatformModerationAction.Hide);
        retried.ShouldBe(new DeliverModerationActionsResult(1, 0));
        network.Actions.ShouldHaveSingleItem().Kind.ShouldBe(ChannelActionKind.Hide);
    }

    private static Task PreModerateAsync(ConnectorTestHost host) =>
        host.RunAsync((SetPageModerationHandler handler, CancellationToken ct) => handler.HandleAsync(new SetPageModerationCommand(XChannel, ModerationMode.PreModeration), ct));

    private static Task<DeliverModerationActionsResult> DeliverAsync(ConnectorTestHost host) =>
        host.RunAsync((DeliverModerationActionsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
