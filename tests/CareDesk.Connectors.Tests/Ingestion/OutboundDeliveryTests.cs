using CareDesk.Application.Cases;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Replies;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Connectors.Tests.Ingestion.IngestionScenario;

namespace CareDesk.Connectors.Tests.Ingestion;

/// <summary>An agent's approved reply reaches the network through the channel's connector, where the customer wrote.</summary>
public sealed class OutboundDeliveryTests
{
    [Fact]
    public async Task A_reply_to_a_public_post_is_delivered_as_a_public_reply_and_its_network_id_kept()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "Thank you Cardiozen, feeling great"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);
        await ReplyWithPraiseTemplateAsync(host);

        var result = await DeliverAsync(host);

        result.ShouldBe(new DeliverOutboundMessagesResult(1, 0, 0));
        var action = network.Actions.ShouldHaveSingleItem();
        action.Kind.ShouldBe(ChannelActionKind.Reply);
        action.TargetExternalId.ShouldBe("1");
        action.Text!.ShouldContain("Jamie");
        var message = await host.QueryAsync((db, ct) => db.Outbox.SingleAsync(ct));
        message.Status.ShouldBe(OutboundMessage.Delivered);
        message.DeliveredExternalId.ShouldBe("reply-to-1");
        (await DeliverAsync(host)).ShouldBe(new DeliverOutboundMessagesResult(0, 0, 0));
    }

    [Fact]
    public async Task A_refused_reply_is_retried_with_backoff_and_after_the_last_attempt_marked_failed_and_audited()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "Thank you Cardiozen"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);
        await ReplyWithPraiseTemplateAsync(host);
        for (var attempt = 0; attempt < OutboundMessage.MaxAttempts; attempt++)
        {
            network.ActionRefusals.Enqueue(new ChannelUnavailableException("503 Service Unavailable"));
        }

        (await DeliverAsync(host)).ShouldBe(new DeliverOutboundMessagesResult(0, 1, 0));
        (await DeliverAsync(host)).ShouldBe(new DeliverOutboundMessagesResult(0, 0, 0));
        var failed = 0;
        for (var round = 0; round < 20 && failed == 0; round++)
        {
            host.Time.Advance(TimeSpan.FromHours(3));
            failed = (await DeliverAsync(host)).Failed;
        }

        failed.ShouldBe(1);
        var message = await host.QueryAsync((db, ct) => db.Outbox.SingleAsync(ct));
        message.Status.ShouldBe(OutboundMessage.Failed);
        message.Attempts.ShouldBe(OutboundMessage.MaxAttempts);
        message.LastError.ShouldBe("503 Service Unavailable");
        network.Actions.ShouldBeEmpty();
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "reply.delivery_failed", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Replies_on_channels_without_a_live_connection_stay_recorded()
    {
        var network = new ScriptedConnector(ChannelKind.X);
        network.Timeline.Add(Tweet(1, "Thank you Cardiozen"));
        await using var host = await StartAsync(network);
        await host.EnableAsync(XChannel);
        await host.PollAsync(XChannel);
        await ReplyWithPraiseTemplateAsync(host);
        await host.RunAsync((Application.Channels.ConfigureChannelIngestionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new Application.Channels.ConfigureChannelIngestionCommand(XChannel, false, "owned-account", null, 5, 240), ct));

        (await DeliverAsync(host)).ShouldBe(new DeliverOutboundMessagesResult(0, 0, 0));
        (await host.QueryAsync((db, ct) => db.Outbox.SingleAsync(ct))).Status.ShouldBe(OutboundMessage.Recorded);
    }

    private static async Task ReplyWithPraiseTemplateAsync(ConnectorTestHost host)
    {
        var template = await host.QueryAsync((db, ct) => db.Templates.SingleAsync(found => found.JobCode == "CZ-US-0170", ct));
        var caseNumber = await host.QueryAsync((db, ct) => db.Cases.Select(found => found.Number).SingleAsync(ct));
        await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SendTemplateReplyCommand(caseNumber, template.Id, new Dictionary<string, string> { ["first_name"] = "Jamie" }, false), ct));
    }

    private static Task<DeliverOutboundMessagesResult> DeliverAsync(ConnectorTestHost host) =>
        host.RunAsync((DeliverOutboundMessagesHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
