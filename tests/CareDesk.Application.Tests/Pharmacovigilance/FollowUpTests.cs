using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class FollowUpTests
{
    [Fact]
    public async Task R8_follow_ups_are_scheduled_private_and_each_attempt_is_logged_with_its_template()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync("Someone I know had side effects from Cardiozen");
        var opened = await host.OpenPvAsync(post.CaseNumber);
        var start = host.Time.GetUtcNow();

        var blocked = await Should.ThrowAsync<BusinessRuleViolationException>(() => Attempt(host, post.CaseNumber, FollowUpChannel.PublicReply));
        var attempt = await Attempt(host, post.CaseNumber, FollowUpChannel.DirectMessage);
        var after = await host.OpenPvAsync(post.CaseNumber);

        opened.FollowUps.Select(task => task.DueAt).ShouldBe([start.AddDays(1), start.AddDays(7), start.AddDays(14)]);
        blocked.Message.ShouldContain("follow-up must be private");
        attempt.ShouldSatisfyAllConditions(
            item => item.Channel.ShouldBe(FollowUpChannel.DirectMessage),
            item => item.TemplateJobCode.ShouldBe("CZ-US-0200"),
            item => item.TemplateVersion.ShouldBe(2),
            item => item.Agent.ShouldBe("alice"),
            item => item.AttemptedAt.ShouldBe(start));
        after.FollowUps.Count(task => task.IsDone).ShouldBe(1);
        var logged = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "pv.follow_up_attempted", ct));
        logged.After!.ShouldContain("CZ-US-0200");
    }

    [Fact]
    public async Task R8_close_as_invalid_is_rejected_after_one_attempt_and_allowed_with_an_audited_exception()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync("Someone I know had side effects from Cardiozen");
        await host.OpenPvAsync(post.CaseNumber);
        await Attempt(host, post.CaseNumber, FollowUpChannel.DirectMessage);

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => Close(host, post.CaseNumber, null));
        await Close(host, post.CaseNumber, "user blocked the account");

        refused.Message.ShouldContain("log all 3 follow-up attempts");
        var details = await host.OpenCaseAsync(post.CaseNumber);
        details.Case.Status.ShouldBe(Domain.Cases.CaseStatus.Resolved);
        (await host.OpenPvAsync(post.CaseNumber)).FollowUpException.ShouldBe("user blocked the account");
        var closed = await host.QueryAsync((db, ct) => db.AuditEntries.SingleAsync(entry => entry.Action == "pv.closed_invalid", ct));
        closed.Reason.ShouldBe("No identifiable patient after follow-up");
        closed.After!.ShouldContain("user blocked the account");
    }

    private static Task Close(ApplicationTestHost host, int caseNumber, string? exception) =>
        host.RunAsync((CloseAsInvalidHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CloseAsInvalidCommand(caseNumber, "No identifiable patient after follow-up", exception), ct));

    private static Task<FollowUpTask> Attempt(ApplicationTestHost host, int caseNumber, FollowUpChannel channel) =>
        host.RunAsync((RecordFollowUpAttemptHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordFollowUpAttemptCommand(caseNumber, channel, "CZ-US-0200", 2, "Asked who took Cardiozen; no answer yet"), ct));
}
