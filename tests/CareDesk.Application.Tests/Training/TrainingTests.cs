using CareDesk.Application.Approvals;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Training;
using CareDesk.Domain.Common;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Training;

public sealed class TrainingTests
{
    [Fact]
    public async Task R18_training_expiring_today_blocks_the_triage_queue_tomorrow_with_training_expired_and_a_new_record_restores_access()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await RemoveTrainingOfAsync(host, "bob");
        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);
        await RecordAsync(host, "bob", today.AddYears(-1), today);
        host.SignInAs("bob", UserRole.Agent);
        (await ListQueueAsync(host)).ShouldNotBeNull();

        host.AdvanceTime(TimeSpan.FromDays(1));
        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => ListQueueAsync(host));

        refused.Rule.ShouldBeAssignableTo<IAuthorityRule>();
        refused.Message.ShouldStartWith("training expired");
        var restored = await RecordAsync(host, "bob", today.AddDays(1), today.AddYears(1).AddDays(1));
        restored.AccessRestored.ShouldBeTrue();
        host.SignInAs("bob", UserRole.Agent);
        (await ListQueueAsync(host)).ShouldNotBeNull();
        var events = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.EntityType == TrainingGate.EntityType && entry.EntityId == "bob")
            .OrderBy(entry => entry.Sequence).Select(entry => entry.Action).ToListAsync(ct));
        events.ShouldBe(["training.recorded", TrainingGate.GrantedAction, TrainingGate.LapsedAction, "training.recorded", TrainingGate.RestoredAction]);
    }

    [Fact]
    public async Task R18_untrained_users_cannot_reply_triage_or_approve_but_roles_without_requirements_still_read_the_queue()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var held = await Approvals.ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0160",
            new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" }, "Hi Jo, the savings card is at https://cardiozen.example/savings.");
        await RemoveTrainingOfAsync(host, "alice");
        await RemoveTrainingOfAsync(host, "sam");
        await RemoveTrainingOfAsync(host, "mark");

        host.SignInAs("alice", UserRole.Agent);
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SendTemplateReplyCommand(post.CaseNumber, Guid.NewGuid(), null, false), ct)));
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((AssignCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new AssignCaseCommand(post.CaseNumber, "alice", null), ct)));
        host.SignInAs("sam", UserRole.Supervisor);
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((DecideReplyApprovalHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new DecideReplyApprovalCommand(held.ApprovalRequestId!.Value, true, null, DemoCatalog.DemoPassword, "sam"), ct)));
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);

        host.SignInAs("mark", UserRole.Marketing);
        (await ListQueueAsync(host)).ShouldNotBeNull();
    }

    [Fact]
    public async Task R18_supervisor_sees_who_lapses_within_30_days_and_who_has_lapsed()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);
        await RemoveTrainingOfAsync(host, "alice");
        await RemoveTrainingOfAsync(host, "bob");
        await RecordAsync(host, "alice", today.AddYears(-1), today.AddDays(20));

        host.SignInAs("sam", UserRole.Supervisor);
        var status = await host.RunAsync((ListTrainingStatusHandler handler, CancellationToken ct) => handler.HandleAsync(new ListTrainingStatusQuery(), ct));

        status.Single(row => row.UserName == "alice").ShouldSatisfyAllConditions(row => row.Current.ShouldBeTrue(), row => row.LapsesSoon.ShouldBeTrue());
        status.Single(row => row.UserName == "bob").ShouldSatisfyAllConditions(row => row.Current.ShouldBeFalse(),
            row => row.MissingCourses.ShouldBe([TrainingCourses.AePqcRecognition]));
        status.Single(row => row.UserName == "sam").LapsesSoon.ShouldBeFalse();
        host.SignInAs("alice", UserRole.Agent);
        await Should.ThrowAsync<Common.ForbiddenException>(() => host.RunAsync((ListTrainingStatusHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ListTrainingStatusQuery(), ct)));
    }

    [Fact]
    public async Task Recording_training_needs_an_admin_and_a_plausible_record()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);

        host.SignInAs("sam", UserRole.Supervisor);
        await Should.ThrowAsync<Common.ForbiddenException>(() => RecordAsync(host, "bob", today, today.AddYears(1), signIn: false));
        var backwards = await Should.ThrowAsync<BusinessRuleViolationException>(() => RecordAsync(host, "bob", today, today.AddDays(-1)));
        backwards.Rule.Field.ShouldBe("expiresOn");
        var future = await Should.ThrowAsync<BusinessRuleViolationException>(() => RecordAsync(host, "bob", today.AddDays(2), today.AddYears(1)));
        future.Rule.Field.ShouldBe("completedOn");
    }

    [Fact]
    public async Task R18_an_admin_requires_a_brand_course_of_agents_and_the_gate_enforces_it_on_that_brands_cases_until_the_requirement_is_removed()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the Cardiozen savings card?");
        host.SignInAs("ada", UserRole.Admin);
        var added = await host.RunAsync((AddTrainingRequirementHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new AddTrainingRequirementCommand(UserRole.Agent, "Cardiozen", "CZ-BRAND-101"), ct));
        var twice = await Should.ThrowAsync<ValidationFailedException>(() => host.RunAsync((AddTrainingRequirementHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new AddTrainingRequirementCommand(UserRole.Agent, "Cardiozen", "cz-brand-101"), ct)));
        host.SignInAs("alice", UserRole.Agent);

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((AssignCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new AssignCaseCommand(post.CaseNumber, "alice", null), ct)));
        var queue = await ListQueueAsync(host);
        host.SignInAs("ada", UserRole.Admin);
        var listed = await host.RunAsync((ListTrainingRequirementsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        await host.RunAsync(async (RemoveTrainingRequirementHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(added.Id, "Course merged into AE-PQC-RECOGNITION", ct);
            return true;
        });
        host.SignInAs("alice", UserRole.Agent);
        await host.RunAsync(async (AssignCaseHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(new AssignCaseCommand(post.CaseNumber, "alice", null), ct);
            return true;
        });
        var assignee = await host.QueryAsync((db, ct) => db.Cases.Where(item => item.Number == post.CaseNumber).Select(item => item.Assignee).SingleAsync(ct));

        twice.Errors.Keys.ShouldContain("courseCode");
        refused.Message.ShouldStartWith("training expired");
        refused.Message.ShouldContain("CZ-BRAND-101");
        queue.ShouldNotBeEmpty(); // the queue is not one brand's work, so the brand course does not block it
        listed.ShouldContain(requirement => requirement.CourseCode == "CZ-BRAND-101" && requirement.Brand == "Cardiozen" && requirement.Role == UserRole.Agent);
        assignee.ShouldBe("alice");
        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action.StartsWith("training.requirement_")).OrderBy(entry => entry.Sequence).Select(entry => entry.Action).ToListAsync(ct));
        audit.ShouldBe(["training.requirement_added", "training.requirement_removed"]);
    }

    private static Task<IReadOnlyList<CaseSummaryDto>> ListQueueAsync(ApplicationTestHost host) =>
        host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct));

    private static async Task<RecordTrainingResult> RecordAsync(ApplicationTestHost host, string userName, DateOnly completed, DateOnly expires, bool signIn = true)
    {
        if (signIn)
        {
            host.SignInAs("ada", UserRole.Admin);
        }

        return await host.RunAsync((RecordTrainingHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordTrainingCommand(userName, TrainingCourses.AePqcRecognition, "2026.2", completed, expires), ct));
    }

    /// <summary>Demo users are trained by the seed (DemoTraining); a test that needs an untrained user removes the rows behind the append-only guard.</summary>
    private static Task<int> RemoveTrainingOfAsync(ApplicationTestHost host, string userName) =>
        host.QueryAsync((db, ct) => db.TrainingRecords.Where(record => db.Users.Any(user => user.Id == record.UserId && user.UserName == userName)).ExecuteDeleteAsync(ct));
}
