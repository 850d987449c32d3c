using CareDesk.Application.Common;
using CareDesk.Application.Crisis;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Domain.Listening.Crisis;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Listening;

public sealed class CrisisRoomTests
{
    [Fact]
    public async Task OpenCrisisRoom_ListsTheAlertsPostsThePlaybookAndAnAuditedTimeline()
    {
        await using var host = await ListeningSteps.StartAsync();
        var alertId = await RaiseAlertAsync(host);
        var statementId = await AddHoldingStatementAsync(host);
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SaveCrisisPlaybookHandler handler, CancellationToken ct) => handler.HandleAsync(new SaveCrisisPlaybookCommand("Cardiozen",
            [new RosterMember(2, "Leo Marsh", "Legal", "leo@caredesk.local"), new RosterMember(1, "Sam Reyes", "Brand crisis lead", "sam@caredesk.local")], "Hold, do not engage."), ct));

        var room = await host.RunAsync((OpenCrisisRoomHandler handler, CancellationToken ct) => handler.HandleAsync(alertId, ct));
        var again = await host.RunAsync((OpenCrisisRoomHandler handler, CancellationToken ct) => handler.HandleAsync(alertId, ct));
        host.SignInAs("alice", UserRole.Agent);
        host.AdvanceTime(TimeSpan.FromMinutes(3));
        await host.RunAsync((RecordCrisisActionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordCrisisActionCommand(room.Number, CrisisActionKind.HoldingStatementUsed, "posted under the viral thread", statementId), ct));
        host.AdvanceTime(TimeSpan.FromMinutes(3));
        var updated = await host.RunAsync((RecordCrisisActionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordCrisisActionCommand(room.Number, CrisisActionKind.Escalated, "Called Sam Reyes"), ct));

        again.Number.ShouldBe(room.Number);
        room.Posts.Count.ShouldBe(2);
        room.Posts.ShouldAllBe(post => post.AuthorPseudonym.Length == 32 && post.CaseNumber > 0);
        room.Playbook.Roster.Select(member => member.Name).ShouldBe(["Sam Reyes", "Leo Marsh"]);
        room.Playbook.HoldingStatements.ShouldHaveSingleItem().JobCode.ShouldBe("CZ-US-0900");
        updated.Timeline.Select(action => action.Kind).ShouldBe([CrisisActionKind.Opened, CrisisActionKind.HoldingStatementUsed, CrisisActionKind.Escalated]);
        updated.Timeline[1].Text.ShouldStartWith("Holding statement: under review");
        updated.Timeline[1].Actor.ShouldBe("alice");
        (await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action.StartsWith("crisis.")).Select(entry => entry.Action).ToListAsync(ct)))
            .ShouldBe(["crisis.playbook_saved", "crisis.room_opened", "crisis.holdingstatementused", "crisis.escalated"], ignoreOrder: true);
        (await host.QueryAsync((db, ct) => db.ListeningAlerts.SingleAsync(ct))).CrisisRoomId.ShouldBe(room.Id);
    }

    [Fact]
    public async Task RecordCrisisAction_AfterTheRoomWasClosed_IsRefused()
    {
        await using var host = await ListeningSteps.StartAsync();
        var alertId = await RaiseAlertAsync(host);
        host.SignInAs("sam", UserRole.Supervisor);
        var room = await host.RunAsync((OpenCrisisRoomHandler handler, CancellationToken ct) => handler.HandleAsync(alertId, ct));
        await host.RunAsync((RecordCrisisActionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordCrisisActionCommand(room.Number, CrisisActionKind.Closed, "Volume back to normal"), ct));

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((RecordCrisisActionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RecordCrisisActionCommand(room.Number, CrisisActionKind.Note, "late note"), ct)));

        refused.RuleName.ShouldBe("CrisisRoomMustBeOpenRule");
    }

    [Fact]
    public async Task OpenCrisisRoom_ByAnAgent_IsForbidden()
    {
        await using var host = await ListeningSteps.StartAsync();
        var alertId = await RaiseAlertAsync(host);

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((OpenCrisisRoomHandler handler, CancellationToken ct) => handler.HandleAsync(alertId, ct)));
    }

    private static async Task<Guid> RaiseAlertAsync(ApplicationTestHost host)
    {
        var first = await host.PostAsync("Cardiozen is a scam, awful", ApplicationTestHost.Start.AddMinutes(-50), "@angry1");
        var second = await host.PostAsync("I hate cardiozen", ApplicationTestHost.Start.AddMinutes(-40), "@angry2");
        return await host.QueryAsync(async (db, ct) =>
        {
            var brand = await db.Brands.SingleAsync(found => found.Name == "Cardiozen", ct);
            var alert = ListeningAlert.Raise(brand.Id, ListeningAlertKind.NegativeSurge, 7, ApplicationTestHost.Start.AddHours(-1), ApplicationTestHost.Start,
                2, 0, "2 negative posts", [first.PostId, second.PostId], ApplicationTestHost.Start);
            db.ListeningAlerts.Add(alert);
            await db.SaveChangesAsync(ct);
            return alert.Id;
        });
    }

    private static Task<Guid> AddHoldingStatementAsync(ApplicationTestHost host) => host.QueryAsync(async (db, ct) =>
    {
        var template = ResponseTemplate.CreateApproved("Holding statement: under review", "CZ-US-0900",
            "We are aware of posts about Cardiozen and are looking into them. For medical questions call {{mi_phone}}.",
            [new TemplateVariable("mi_phone", TemplateVariableKind.PhoneNumber)], [TriageLabel.CrisisSignal], [], new DateOnly(2027, 12, 31),
            "Dr Mira Patel; Leo Marsh; Rita Gomez", ApplicationTestHost.Start.AddDays(-5), ["US"], TemplateCategory.Crisis);
        db.Templates.Add(template);
        await db.SaveChangesAsync(ct);
        return template.Id;
    });
}
