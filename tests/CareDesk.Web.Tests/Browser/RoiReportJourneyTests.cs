using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Roi;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor reads a brand's ROI funnel, costs it and finds the CSV export, in a real browser.</summary>
public sealed class RoiReportJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Supervisor_CostsTheFunnel_SeesConversationsClicksRedemptionsAndTheCsvLink()
    {
        using var supervisor = await session.ApiAsync("sam");
        using var agent = await session.ApiAsync("alice");
        (await supervisor.PutAsync("/api/roi/brands/Cardiozen/link-domains", JsonContent.Create(new { domains = new[] { "cardiozen.com" } }), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var link = await CareDeskApplicationFactory.ReadAsync<TrackedLinkDto>(
            await supervisor.PostJsonAsync("/api/roi/links", new { channel = "x-cardiozen-us", campaign = "winter-savings", destination = "https://cardiozen.com/savings" }));
        var post = await agent.IngestAsync("Is there a savings card for Cardiozen?");
        var code = (await CareDeskApplicationFactory.ReadAsync<List<RedemptionCodeDto>>(
            await agent.PostJsonAsync("/api/roi/codes", new { caseNumber = post.CaseNumber, campaign = "winter-savings" }))).Single().Code;
        (await supervisor.PostJsonAsync("/api/roi/redemptions", new { redemptionId = "POS-1", code, redeemedAt = "2026-11-23T18:00:00Z", value = 80.00m, currency = "USD" })).EnsureSuccessStatusCode();
        using (var visitor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = session.BaseAddress })
        {
            visitor.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36");
            (await visitor.GetAsync($"/l/{link.Code}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.GetByRole(AriaRole.Link, new() { Name = "ROI", Exact = true }).ClickAsync();
        await page.FillAsync("[data-testid=roi-filter] input[name=agentCostPerHour]", "60");
        await page.FillAsync("[data-testid=roi-filter] input[name=minutesPerConversation]", "20");
        await page.FillAsync("[data-testid=roi-filter] input[name=campaignCost]", "30");
        await page.ClickAsync("[data-testid=roi-filter] button[type=submit]");

        var funnel = page.Locator("[data-testid=roi-funnel]");
        await Assertions.Expect(funnel.Locator("[data-stage=Conversations]")).ToHaveTextAsync("Conversations: 1");
        await Assertions.Expect(funnel.Locator("[data-stage='Link clicks']")).ToHaveTextAsync("Link clicks: 1");
        await Assertions.Expect(funnel.Locator("[data-stage=Redemptions]")).ToHaveTextAsync("Redemptions: 1");
        // 1 conversation x 60/h x 20 min = 20, plus 30 campaign = 50 spent; 80 returned: (80 - 50) / 50 = 60 %.
        await Assertions.Expect(page.Locator("[data-testid=roi-ratio]")).ToHaveTextAsync("60.0 %");
        await Assertions.Expect(page.Locator("[data-testid=roi-agent]")).ToContainTextAsync("alice");
        await Assertions.Expect(page.Locator("[data-testid=roi-links]")).ToContainTextAsync($"/l/{link.Code}");
        var csv = await page.Locator("[data-testid=roi-csv]").GetAttributeAsync("href");
        csv.ShouldBe("/api/roi/report.csv?brand=Cardiozen&from=2026-10-25&to=2026-11-23&agentCostPerHour=60&minutesPerConversation=20&campaignCost=30");
        var download = await page.APIRequest.GetAsync(csv!);
        (await download.TextAsync()).Split("\r\n")[1].ShouldBe("Cardiozen,2026-10-25,2026-11-23,total,all,1,1,1,80.00,USD,50.00,30.00,0.6");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "roi-report.png"), FullPage = true });
    }
}
