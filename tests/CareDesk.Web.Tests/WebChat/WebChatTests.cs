using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Web.Tests.WebChat;

/// <summary>A visitor chats on the Respiro UK site; the message is triaged like any post and the agent's answer comes back.</summary>
public sealed class WebChatTests : IAsyncLifetime
{
    private const string Channel = "webchat-respiro-uk";

    private readonly CareDeskApplicationFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_widget_gets_the_pre_chat_notice_and_cannot_chat_before_answering_it()
    {
        await using var visitor = await WebChatVisitor.ConnectAsync(_factory);

        var settings = await visitor.GetSettingsAsync(Channel);
        var notStarted = await Should.ThrowAsync<HubException>(() => visitor.SayAsync("hello"));

        settings.PreChatNotice.ShouldContain("side effect");
        settings.PreChatNotice.ShouldContain("screened");
        notStarted.Message.ShouldContain("answer the notice");
    }

    [Fact]
    public async Task R41_a_visitor_who_declines_the_privacy_notice_can_still_report_an_adverse_event_without_contact_details()
    {
        await using var visitor = await WebChatVisitor.ConnectAsync(_factory);
        var session = await visitor.StartAsync(Channel, noticeAccepted: false);

        await visitor.SayAsync("Since I started the Respiro inhaler I get palpitations and a bad rash on my arms.");

        using var agent = await _factory.SignInAsAgentAsync();
        var queued = (await agent.GetQueueAsync("?label=adverse_event")).ShouldHaveSingleItem();
        queued.Author.ShouldBe(session.VisitorId);
        var intake = await agent.GetFromJsonAsync<Application.Pharmacovigilance.PvIntakeDto>($"/api/cases/{queued.Number}/pv", CareDeskJson.Options, TestContext.Current.CancellationToken);
        intake.ShouldNotBeNull().ReporterContactWithheld.ShouldBeTrue();
        intake.Author.ShouldBeEmpty();
        var details = await agent.GetCaseAsync(queued.Number);
        details.Notes.ShouldContain(note => note.Text.Contains("consent declined", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_visitor_message_about_a_side_effect_opens_a_private_adverse_event_case_with_clocks()
    {
        await using var visitor = await WebChatVisitor.ConnectAsync(_factory);
        var session = await visitor.StartAsync(Channel);

        var accepted = await visitor.SayAsync("Since I started the Respiro inhaler I get palpitations and a bad rash on my arms.");
        var followUp = await visitor.SayAsync("It started three days ago.");

        accepted.MessageId.ShouldStartWith(session.SessionId + ".");
        accepted.ReceivedAt.ShouldBe(CareDeskApplicationFactory.Start);
        using var agent = await _factory.SignInAsAgentAsync();
        var queued = (await agent.GetQueueAsync("?label=adverse_event")).ShouldHaveSingleItem();
        queued.ChannelKey.ShouldBe(Channel);
        queued.ChannelKind.ShouldBe(ChannelKind.WebChat);
        queued.Author.ShouldBe(session.VisitorId);
        queued.Labels.ShouldContain(TriageLabel.AdverseEvent);
        queued.Clocks.ShouldNotBeEmpty();
        var details = await agent.GetCaseAsync(queued.Number);
        details.Posts.Select(post => post.ExternalId).ShouldBe([accepted.MessageId, followUp.MessageId]);
        details.Posts.ShouldAllBe(post => !post.IsPublic && post.Author == session.VisitorId);
    }

    [Fact]
    public async Task A_web_chat_channel_is_required_so_a_widget_cannot_post_into_another_channel()
    {
        await using var visitor = await WebChatVisitor.ConnectAsync(_factory);

        var refused = await Should.ThrowAsync<HubException>(() => visitor.StartAsync("x-cardiozen-us"));

        refused.Message.ShouldContain("not a web chat channel");
    }

    [Fact]
    public async Task An_agent_reply_through_the_connector_reaches_every_tab_of_that_visitor_only()
    {
        await using var visitor = await WebChatVisitor.ConnectAsync(_factory);
        await using var secondTab = await WebChatVisitor.ConnectAsync(_factory);
        await using var otherVisitor = await WebChatVisitor.ConnectAsync(_factory);
        var session = await visitor.StartAsync(Channel);
        await secondTab.StartAsync(Channel, resume: session.SessionId);
        await otherVisitor.StartAsync(Channel);
        var message = await visitor.SayAsync("Can I use Respiro with my other inhaler?");
        var connector = _factory.Services.GetServices<IChannelConnector>().Single(item => item.Kind == ChannelKind.WebChat);

        var result = await connector.ExecuteAsync(
            new ChannelAction(ChannelActionKind.Reply, Channel, null, message.MessageId, "Please ask your pharmacist; we cannot advise here."),
            TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue();
        (await visitor.NextAgentMessageAsync()).ShouldBe((result.ExternalId!, "Please ask your pharmacist; we cannot advise here."));
        (await secondTab.NextAgentMessageAsync()).Text.ShouldBe("Please ask your pharmacist; we cannot advise here.");
        // The two tabs above already got theirs, so a second is long enough for a misrouted push to have arrived.
        await Should.ThrowAsync<OperationCanceledException>(() => otherVisitor.NextAgentMessageAsync(TimeSpan.FromSeconds(1)));
        (await connector.PollAsync(new ChannelPollRequest(Channel, null, null, null), TestContext.Current.CancellationToken)).Events.ShouldBeEmpty();
    }
}
