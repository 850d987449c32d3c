using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor opens the reports in a real browser: the charts render as inline SVG and the export downloads a CSV.</summary>
public sealed class ReportsJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Supervisor_OpensReports_SeesChartsAndDownloadsTheConversationCsv()
    {
        using var api = await session.ApiAsync("alice");
        await api.IngestAsync("Since starting Cardiozen I get dizzy spells every morning");
        await api.IngestAsync("Thank you Cardiozen, my blood pressure is finally normal!", channel: "facebook-cardiozen-us");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString(), AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=chart-volume] svg rect.column")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=chart-labels] svg rect")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=chart-ae-funnel] svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-metrics]")).ToContainTextAsync("facebook-cardiozen-us");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "reports.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-conversations-csv]"));
        var path = await download.PathAsync();

        var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        lines[0].ShouldBe(string.Join(',', Application.Reporting.ConversationExportFormats.Columns));
        lines[0].ShouldStartWith("case_number,external_reference,channel,channel_kind,brand");
        lines.Length.ShouldBeGreaterThanOrEqualTo(3);
    }
}
