using CareDesk.Application.Channels;
using CareDesk.Application.Connectors;
using CareDesk.Application.Reporting;
using CareDesk.Application.Tests.Approvals;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Users;
using Microsoft.Data.Sqlite;

namespace CareDesk.Application.Tests.Reporting;

/// <summary>
/// Known data on a real database, Monday 2026-11-23 (US desk, 1 business day to hand an AE to PV): AE case A arrives at
/// 14:00 UTC and is handed off at 17:00 (3 h, kept); AE case B arrives at 14:00 and is never handed off, so by Wednesday
/// its clock is missed; an edited reply waits for approval from 17:00 to 18:30 (1.5 h); the Facebook channel is screened
/// every 15 minutes with a 4-hour maximum gap and never ingests, so by Wednesday it has an open screening gap.
/// </summary>
public sealed class ComplianceDashboardTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HandleAsync_OnKnownData_ComputesHandOffTimesApprovalCyclesAuditExceptionsAndScreeningGaps()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((ConfigureChannelIngestionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ConfigureChannelIngestionCommand("facebook-cardiozen-us", true, "1234567890", null, 15, 240), ct));
        host.SignInAs("alice", UserRole.Agent);
        var handedOff = await host.PostAsync(PvSteps.MumRash, "@first_reporter");
        var neverHandedOff = await host.PostAsync("The tablets made me vomit twice today", "@second_reporter");
        host.AdvanceTime(TimeSpan.FromHours(3));
        await host.OpenPvAsync(handedOff.CaseNumber);
        await host.ReviewAsync(handedOff.CaseNumber, PvSteps.ConfirmAll());
        await host.HandOffAsync(handedOff.CaseNumber);
        var question = await host.IngestAsync("Where can I find the savings card?");
        var held = await ReplyApprovalPathTests.ReplyAsync(host, question.CaseNumber, "CZ-US-0160",
            new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" },
            "Hi Jo, the savings card is at https://cardiozen.example/savings. Terms apply. Happy to help further!");
        host.AdvanceTime(TimeSpan.FromMinutes(90));
        host.SignInAs("sam", UserRole.Supervisor);
        await ReplyApprovalPathTests.DecideAsync(host, held.ApprovalRequestId!.Value, approve: true);
        host.AdvanceTime(TimeSpan.FromDays(2));
        await host.RunAsync((CheckScreeningGapsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        var dashboard = await host.RunAsync((GetComplianceDashboardHandler handler, CancellationToken ct) => handler.HandleAsync(Monday, Monday.AddDays(1), ct));

        dashboard.HandOffs.Select(handOff => (handOff.CaseNumber, handOff.Hours, handOff.Result))
            .ShouldBe([(handedOff.CaseNumber, 3.0, "kept"), (neverHandedOff.CaseNumber, (double?)null, "missed")], ignoreOrder: true);
        dashboard.HandOffCompliancePercent.ShouldBe(50);
        var reply = dashboard.Approvals.Where(cycle => cycle.Kind == "reply").ShouldHaveSingleItem();
        (reply.Reference, reply.Hours, reply.Outcome).ShouldBe(("CZ-US-0160", 1.5, "approved"));
        dashboard.AuditChain.Intact.ShouldBeTrue();
        dashboard.FailedDeliveries.ShouldBeEmpty();
        var gap = dashboard.ScreeningGaps.ShouldHaveSingleItem();
        (gap.ChannelKey, gap.LastIngestedAt).ShouldBe(("facebook-cardiozen-us", null));
    }

    [Fact]
    public async Task HandleAsync_WhenAnAuditEntryWasTamperedWith_ReportsTheBrokenChain()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsync("Where can I find the savings card?", "@reader");
        await using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "DELETE FROM AuditTrail WHERE Sequence = 3";
            (await tamper.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        host.SignInAs("vic", UserRole.Viewer);

        var dashboard = await host.RunAsync((GetComplianceDashboardHandler handler, CancellationToken ct) => handler.HandleAsync(Monday, Monday.AddDays(1), ct));

        (dashboard.AuditChain.Intact, dashboard.AuditChain.FirstBrokenSequence).ShouldBe((false, 4L));
    }
}
