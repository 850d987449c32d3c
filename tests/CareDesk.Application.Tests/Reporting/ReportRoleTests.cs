using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Reporting;
using CareDesk.Application.Reporting.Fda2253;
using CareDesk.Application.Roi;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Reporting;

/// <summary>Role limits on reports, enforced by the use cases: two conversations, one for each care team.</summary>
public sealed class ReportRoleTests
{
    private static readonly ReportFilter Today = new(ApplicationTestHost.Start.Date, ApplicationTestHost.Start.Date.AddDays(1));

    [Fact]
    public async Task Marketing_SeesAggregateMetricsAndRoi_ButNoConversationExportPvOrComplianceDetail()
    {
        await using var host = await SeedTwoTeamsAsync();
        host.SignInAs("mark", UserRole.Marketing);

        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(Today, ReportDimension.Team, ct));
        var roi = await host.RunAsync((GetRoiReportHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new GetRoiReportQuery("Cardiozen", DateOnly.FromDateTime(Today.From.UtcDateTime), DateOnly.FromDateTime(Today.From.UtcDateTime)), ct));

        report.Total.Volume.ShouldBe(2);
        roi.Conversations.ShouldBe(2);
        await Should.ThrowAsync<ForbiddenException>(() =>
            host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Today), ct)));
        await Should.ThrowAsync<ForbiddenException>(() =>
            host.RunAsync((GetComplianceDashboardHandler handler, CancellationToken ct) => handler.HandleAsync(Today.From, Today.To, ct)));
        await Should.ThrowAsync<ForbiddenException>(() =>
            host.RunAsync((GetFda2253PackageHandler handler, CancellationToken ct) => handler.HandleAsync(new Fda2253Query("Cardiozen", 2026, 11), ct)));
    }

    [Fact]
    public async Task Agent_SeesOnlyTheirOwnTeam_AndNoComplianceDetail()
    {
        await using var host = await SeedTwoTeamsAsync();
        host.SignInAs("bob", UserRole.Agent);

        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(Today, ReportDimension.Team, ct));
        var exported = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Today), ct));

        report.Rows.ShouldHaveSingleItem().Key.ShouldBe("Care team UK");
        exported.ShouldHaveSingleItem().Conversation.Team.ShouldBe("Care team UK");
        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) =>
            handler.HandleAsync(Today with { Team = "Care team US" }, ReportDimension.Team, ct)));
        await Should.ThrowAsync<ForbiddenException>(() =>
            host.RunAsync((GetComplianceDashboardHandler handler, CancellationToken ct) => handler.HandleAsync(Today.From, Today.To, ct)));
    }

    [Fact]
    public async Task SupervisorAndViewer_SeeEveryTeamAndTheComplianceDashboard()
    {
        await using var host = await SeedTwoTeamsAsync();
        foreach (var (user, role) in new[] { ("sam", UserRole.Supervisor), ("vic", UserRole.Viewer) })
        {
            host.SignInAs(user, role);

            var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(Today, ReportDimension.Team, ct));
            var dashboard = await host.RunAsync((GetComplianceDashboardHandler handler, CancellationToken ct) => handler.HandleAsync(Today.From, Today.To, ct));

            report.Rows.Select(row => row.Key).ShouldBe(["Care team UK", "Care team US"], ignoreOrder: true);
            dashboard.AuditChain.ShouldNotBeNull();
        }
    }

    private static async Task<ApplicationTestHost> SeedTwoTeamsAsync()
    {
        var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var us = await host.IngestAsync("When will the new pack size be available?");
        var uk = await host.IngestAsync("Is the Cardiozen pack recyclable?", channel: "facebook-cardiozen-us");
        await host.RunAsync((AssignCaseHandler handler, CancellationToken ct) => handler.HandleAsync(new AssignCaseCommand(us.CaseNumber, "alice", "Care team US"), ct));
        await host.RunAsync((AssignCaseHandler handler, CancellationToken ct) => handler.HandleAsync(new AssignCaseCommand(uk.CaseNumber, "bob", "Care team UK"), ct));
        return host;
    }
}
