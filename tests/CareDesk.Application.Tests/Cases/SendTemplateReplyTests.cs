using CareDesk.Application.Cases;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Cases;

public sealed class SendTemplateReplyTests
{
    private const string PraiseJobCode = "CZ-US-0170";

    [Fact]
    public async Task HandleAsync_WhenTheTemplateIsUsable_RecordsOneOutboxMessageWithTheRenderedText()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Thank you Cardiozen, my readings are finally normal", externalId: "x-thanks-1");

        var sent = await SendPraiseReplyAsync(host, post.CaseNumber);

        var message = (await host.QueryAsync((db, ct) => db.Outbox.ToListAsync(ct))).ShouldHaveSingleItem();
        message.Text.ShouldBe("Thank you for sharing, Jamie! We're glad to hear it.");
        message.ChannelKey.ShouldBe(ApplicationTestHost.DefaultChannel);
        message.ReplyId.ShouldBe(sent.ReplyId!.Value);
        message.InReplyToExternalId.ShouldBe("x-thanks-1");
    }

    [Fact]
    public async Task HandleAsync_WhenTheTemplateIsUsable_StoresTheReplyWithTheTemplatesJobCode()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Thank you Cardiozen, my readings are finally normal");

        var sent = await SendPraiseReplyAsync(host, post.CaseNumber);

        var reply = (await host.QueryAsync((db, ct) => db.Replies.ToListAsync(ct))).ShouldHaveSingleItem();
        reply.Id.ShouldBe(sent.ReplyId!.Value);
        reply.JobCode.ShouldBe(PraiseJobCode);
        reply.Text.ShouldBe(sent.Text);
        reply.SentBy.ShouldBe("alice");
    }

    [Fact]
    public async Task HandleAsync_WhenTheTemplateHasExpired_HoldsTheReplyForApprovalAndSendsNothing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var template = await host.RunAsync((CreateApprovedTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(
            new CreateApprovedTemplateCommand("Holding reply", "CZ-US-0999", "Thanks, we are looking into this.", [], [], [],
                DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime)), ct));
        host.SignInAs("alice", UserRole.Agent);
        var post = await host.IngestAsync("When will the new pack size be available?");
        host.AdvanceTime(TimeSpan.FromDays(2));

        var held = await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SendTemplateReplyCommand(post.CaseNumber, template.Id, null, false), ct));

        held.Triggers.ShouldBe([ApprovalTrigger.TemplateExpired]);
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.Replies.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_OnTheLastValidDayInNewYork_AcceptsTheTemplateThoughUtcIsAlreadyTomorrow()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var template = await host.RunAsync((CreateApprovedTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(
            new CreateApprovedTemplateCommand("Holding reply", "CZ-US-0998", "Thanks, we are looking into this.", [], [], [], new DateOnly(2026, 11, 23)), ct));
        host.SignInAs("alice", UserRole.Agent);
        var post = await host.IngestAsync("When will the new pack size be available?");
        host.AdvanceTime(TimeSpan.FromHours(12)); // 2026-11-24 02:00 UTC = 2026-11-23 21:00 in New York

        var sent = await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SendTemplateReplyCommand(post.CaseNumber, template.Id, null, false), ct));

        sent.JobCode.ShouldBe("CZ-US-0998");
    }

    private static async Task<SendTemplateReplyResult> SendPraiseReplyAsync(ApplicationTestHost host, int caseNumber)
    {
        var templateId = await host.QueryAsync((db, ct) =>
            db.Templates.Where(template => template.JobCode == PraiseJobCode).Select(template => template.Id).SingleAsync(ct));
        return await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SendTemplateReplyCommand(caseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jamie" }, false), ct));
    }
}
