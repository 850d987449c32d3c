using CareDesk.Application.Approvals;
using CareDesk.Application.Cases;
using CareDesk.Application.Contacts;
using CareDesk.Application.Csat;
using CareDesk.Application.Demo;
using CareDesk.Application.Reporting;
using CareDesk.Application.Tests.Contacts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Common;
using CareDesk.Domain.Csat;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Csat;

public sealed class CsatSurveyTests
{
    [Fact]
    public async Task Resolve_SendsOneSingleUseSurveyLinkPrivately_AndTheAnswerCountsInTheMetrics()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsAsync("@happy_patient", "Where do I find the Cardiozen savings card?");
        await host.ResolveAsync(post.CaseNumber);

        var outbox = await host.QueryAsync((db, ct) => db.Outbox.ToListAsync(ct));
        var message = outbox.ShouldHaveSingleItem();
        message.PrivateOnly.ShouldBeTrue();
        message.ChannelKey.ShouldBe("x-cardiozen-us");
        var token = CsatToken(message.Text);
        token.Length.ShouldBeGreaterThanOrEqualTo(43);
        var survey = await host.QueryAsync((db, ct) => db.CsatSurveys.SingleAsync(ct));
        survey.TokenHash.ShouldNotBe(token);
        survey.ExpiresAt.ShouldBe(host.Time.GetUtcNow().AddDays(14));

        host.AdvanceTime(TimeSpan.FromDays(2));
        await host.AnswerAsync(token, 4, "Quick and kind");
        var second = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.AnswerAsync(token, 1, "changed my mind"));
        second.Rule.ShouldBeAssignableTo<ISequencingRule>();
        second.Message.ShouldContain("already answered");
        (await host.RunAsync((GetCsatSurveyHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCsatSurveyQuery(token), ct))).State.ShouldBe(CsatSurveyState.Answered);

        host.SignInAs("sam", UserRole.Supervisor); // agents see only their own team's figures
        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(
            new ReportFilter(ApplicationTestHost.Start.AddDays(-1), host.Time.GetUtcNow().AddDays(1)), ReportDimension.Channel, ct));
        report.Total.ShouldSatisfyAllConditions(
            row => row.AverageCsat.ShouldBe(4),
            row => row.CsatResponses.ShouldBe(1),
            row => row.CsatResponseRatePercent.ShouldBe(100));
        report.Rows.ShouldContain(row => row.Key == "x-cardiozen-us" && row.AverageCsat == 4);
    }

    [Fact]
    public async Task Reply_ThatResolvesTheCase_AlsoSendsTheSurvey_ButOnlyOnce()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsAsync("@grateful_patient", "Thank you Cardiozen, my readings are finally normal");

        await host.ReplyAndResolveAsync(post.CaseNumber);
        await host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ChangeCaseStatusCommand(post.CaseNumber, CaseStatus.Open, "Asked again"), ct));
        await host.ResolveAsync(post.CaseNumber);

        var outbox = await host.QueryAsync((db, ct) => db.Outbox.ToListAsync(ct));
        outbox.Count.ShouldBe(2);
        outbox.ShouldContain(message => message.ReplyId != null && !message.PrivateOnly);
        var survey = outbox.Single(message => message.CsatSurveyId != null);
        survey.PrivateOnly.ShouldBeTrue();
        survey.Text.ShouldContain("/csat/");
        (await host.QueryAsync((db, ct) => db.CsatSurveys.CountAsync(ct))).ShouldBe(1);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "csat.survey_sent", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Reply_ThatResolvesTheCase_ForAPersonWhoAskedNotToBeContacted_RecordsNotSent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsAsync("@private_patient", "Thank you Cardiozen, my readings are finally normal");
        var number = await host.ProfileOfAsync("x", "private_patient");
        await host.RunAsync((UpdateContactProfileHandler handler, CancellationToken ct) => handler.HandleAsync(
            new UpdateContactProfileCommand(number, Domain.Contacts.ContactRole.Unknown, null, null, null, true, "Asked us not to write privately"), ct));

        await host.ReplyAndResolveAsync(post.CaseNumber);

        (await host.QueryAsync((db, ct) => db.Outbox.SingleAsync(ct))).ReplyId.ShouldNotBeNull();
        (await host.QueryAsync((db, ct) => db.CsatSurveys.SingleAsync(ct))).Delivery.ShouldBe(CsatDelivery.NotSentDoNotContact);
    }

    [Fact]
    public async Task Approved_reply_that_resolves_the_case_sends_the_survey_only_when_it_is_sent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsAsync("@waiting_patient", "Where can I find the savings card?");
        var templateId = await host.QueryAsync((db, ct) => db.Templates.Where(template => template.JobCode == "CZ-US-0160").Select(template => template.Id).SingleAsync(ct));
        var held = await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(new SendTemplateReplyCommand(
            post.CaseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" }, ResolveAfterSending: true,
            "Hi Jo, the savings card is at https://cardiozen.example/savings. Terms apply."), ct));
        (await host.QueryAsync((db, ct) => db.CsatSurveys.CountAsync(ct))).ShouldBe(0);

        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((DecideReplyApprovalHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new DecideReplyApprovalCommand(held.ApprovalRequestId!.Value, true, "Wording checked", DemoCatalog.DemoPassword, "sam"), ct));

        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(2);
        (await host.QueryAsync((db, ct) => db.CsatSurveys.SingleAsync(ct))).Delivery.ShouldBe(CsatDelivery.SentPrivately);
    }

    [Fact]
    public async Task Answer_AfterFourteenDays_IsGone_AndAnUnknownTokenIsNotFound()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsAsync("@late_patient", "Cardiozen question");
        await host.ResolveAsync(post.CaseNumber);
        var token = CsatToken(await host.QueryAsync((db, ct) => db.Outbox.Select(message => message.Text).SingleAsync(ct)));

        host.AdvanceTime(TimeSpan.FromDays(14));

        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.AnswerAsync(token, 5, null))).Rule.ShouldBeAssignableTo<IGoneRule>();
        await Should.ThrowAsync<Common.NotFoundException>(() => host.AnswerAsync("not-a-real-token", 5, null));
    }

    [Fact]
    public async Task Resolve_OnAPublicOnlyChannel_RecordsNotSentAndTheResponseRateLeavesItOut()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsAsync("@viewer", "Great Cardiozen video", channel: "youtube-cardiozen");

        await host.ResolveAsync(post.CaseNumber);

        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.CsatSurveys.SingleAsync(ct))).Delivery.ShouldBe(CsatDelivery.NotSentNoPrivateChannel);
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "csat.survey_not_sent", ct));
        audited.Reason.ShouldBe("not sent: no private channel");
        ContactCenterMetrics.CsatResponseRate([Fact(new CsatFact(false, null)), Fact(new CsatFact(true, 5)), Fact(new CsatFact(true, null))]).ShouldBe(50);
    }

    private static ConversationFact Fact(CsatFact csat) =>
        new(1, "x", "x", "Cardiozen", null, null, CaseStatus.Resolved, [], ApplicationTestHost.Start, null, null, 0, [], "pid", null, Csat: csat);

    internal static string CsatToken(string text) => text[(text.IndexOf("/csat/", StringComparison.Ordinal) + "/csat/".Length)..].Trim();
}

internal static class CsatSteps
{
    public static Task ResolveAsync(this ApplicationTestHost host, int caseNumber) =>
        host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) => handler.HandleAsync(new ChangeCaseStatusCommand(caseNumber, CaseStatus.Resolved, "Answered"), ct));

    public static async Task ReplyAndResolveAsync(this ApplicationTestHost host, int caseNumber)
    {
        var templateId = await host.QueryAsync((db, ct) => db.Templates.Where(template => template.JobCode == "CZ-US-0170").Select(template => template.Id).SingleAsync(ct));
        await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SendTemplateReplyCommand(caseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jamie" }, ResolveAfterSending: true), ct));
    }

    public static Task AnswerAsync(this ApplicationTestHost host, string token, int score, string? comment) =>
        host.RunAsync((AnswerCsatSurveyHandler handler, CancellationToken ct) => handler.HandleAsync(new AnswerCsatSurveyCommand(token, score, comment), ct));
}
