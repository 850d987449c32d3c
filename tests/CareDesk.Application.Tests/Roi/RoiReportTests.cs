using CareDesk.Application.Roi;
using CareDesk.Application.Tests.Infrastructure;

namespace CareDesk.Application.Tests.Roi;

public sealed class RoiReportTests
{
    [Fact]
    public async Task The_report_counts_the_brands_funnel_in_the_period_and_weighs_it_against_the_costs()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var cases = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add((await host.IngestAsync($"Is there a savings card? #{i}")).CaseNumber);
        }

        await host.IngestAsync("Savings on Facebook?", channel: "facebook-cardiozen-us");
        await host.IngestAsync("Respiro coupon?", channel: "reddit-respiro");
        await host.AllowDomainsAsync("Cardiozen", "cardiozen.com");
        var template = await host.TemplateIdAsync("CZ-US-0160");
        var link = await host.CreateLinkAsync("x-cardiozen-us", "https://cardiozen.com/savings", template);
        for (var i = 0; i < 3; i++)
        {
            await host.FollowAsync(link.Code);
        }

        await host.FollowAsync(link.Code, automated: true);
        var withTemplate = await host.IssueForCaseAsync(cases[0], "alice", template);
        var plain = await host.IssueForCaseAsync(cases[1], "bob");
        var euro = await host.IssueForCaseAsync(cases[2], "alice");
        var late = await host.IssueForCaseAsync(cases[3], "alice");
        await host.ImportAsync($"""
            redemption_id,code,redeemed_at,value,currency
            R-1,{withTemplate},2026-11-23T18:00:00Z,40.00,USD
            R-2,{plain},2026-11-24T23:59:59Z,60.00,USD
            R-3,{euro},2026-11-24T10:00:00Z,99.00,EUR
            R-4,{late},2026-11-30T10:00:00Z,500.00,USD
            """);

        var report = await host.RunAsync((GetRoiReportHandler handler, CancellationToken ct) => handler.HandleAsync(
            new GetRoiReportQuery("cardiozen", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24), AgentCostPerHour: 60m, MinutesPerConversation: 10m, CampaignCost: 100m), ct));

        (report.Conversations, report.Clicks, report.Redemptions, report.ReturnValue).ShouldBe((5, 3, 2, 100m));
        (report.CostPerConversationUsed, report.ConversationCost, report.TotalCost, report.NetReturn).ShouldBe((10m, 50m, 150m, -50m));
        report.ReturnOnInvestment.ShouldBe(-0.3333m);
        report.CostPerRedemption.ShouldBe(75m);
        report.OtherCurrencyRedemptions.ShouldBe(1);
        report.ByChannel.ShouldBe(
        [
            new RoiBreakdownRow("facebook-cardiozen-us", 1, 0, 0, 0m),
            new RoiBreakdownRow("x-cardiozen-us", 4, 3, 2, 100m),
        ]);
        report.ByTemplate.ShouldBe([new RoiBreakdownRow("(no template)", 0, 0, 1, 60m), new RoiBreakdownRow("CZ-US-0160 v1", 0, 3, 1, 40m)]);
        report.ByAgent.ShouldBe([new RoiBreakdownRow("alice", 0, 0, 1, 40m), new RoiBreakdownRow("bob", 0, 0, 1, 60m)]);
    }

    [Fact]
    public async Task The_csv_export_has_a_total_row_then_one_row_per_channel_template_and_agent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.IngestAsync("Is there a savings card?");

        var report = await host.RunAsync((GetRoiReportHandler handler, CancellationToken ct) => handler.HandleAsync(
            new GetRoiReportQuery("Cardiozen", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), CostPerConversation: 12.5m), ct));
        var lines = RoiReportCsv.Write(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines.ShouldBe(
        [
            "brand,from,to,section,key,conversations,clicks,redemptions,return_value,currency,total_cost,net_return,roi",
            "Cardiozen,2026-11-01,2026-11-30,total,all,1,0,0,0.00,USD,12.50,-12.50,-1",
            "Cardiozen,2026-11-01,2026-11-30,channel,x-cardiozen-us,1,0,0,0.00,USD,,,",
        ]);
    }
}
