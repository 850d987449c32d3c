using CareDesk.Application.Roi;
using CareDesk.Application.Tests.Infrastructure;

namespace CareDesk.Application.Tests.Roi;

public sealed class DemoRoiTests
{
    [Fact]
    public async Task The_demo_organisation_with_posts_shows_a_whole_funnel()
    {
        await using var host = await ApplicationTestHost.StartAsync(includeDemoPosts: true);

        var report = await host.RunAsync((GetRoiReportHandler handler, CancellationToken ct) => handler.HandleAsync(
            new GetRoiReportQuery("Cardiozen", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), ct));

        report.Conversations.ShouldBeGreaterThan(0);
        (report.Clicks, report.Redemptions, report.ReturnValue).ShouldBe((22, 2, 95.00m));
        report.ByAgent.Select(row => row.Key).ShouldBe(["alice", "bob"]);
    }
}
