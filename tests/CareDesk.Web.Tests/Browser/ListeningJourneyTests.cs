using CareDesk.Ingestion.Listening;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor sets up a listening query, sees its charts, and works a spike alert in a crisis room, in a real browser.</summary>
public sealed class ListeningJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Supervisor_CreatesAQuery_SeesCharts_AndOpensACrisisRoomFromASpike()
    {
        var api = await session.ApiAsync("sam");
        for (var index = 0; index < 25; index++)
        {
            var posted = await api.IngestRawAsync(new
            {
                channel = "x-cardiozen-us",
                externalId = $"spike-{index}",
                author = $"@fan{index % 5}",
                text = $"Cardiozen stock at store {index * 17} ran out on aisle {index}",
                postedAt = CareDeskApplicationFactory.Start.AddMinutes(index - 59),
            });
            posted.EnsureSuccessStatusCode();
        }

        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.GetByRole(AriaRole.Link, new() { Name = "Listening" }).ClickAsync();
        var form = page.Locator("[data-testid=new-query]");
        await form.Locator("input[name=name]").FillAsync("Cardiozen US");
        await form.Locator("input[name=expression]").FillAsync("cardiozen OR #cardiozen");
        await form.Locator("input[name=brandTerms]").FillAsync("cardiozen, #cardiozen");
        await form.Locator("input[name=competitorTerms]").FillAsync("hartwell");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=listening-message]")).ToHaveTextAsync("Created Cardiozen US (v1).");
        await Assertions.Expect(page.Locator("[data-testid=analytics-summary]")).ToContainTextAsync("25 posts");
        await Assertions.Expect(page.Locator("[data-testid=volume-chart] rect.bar")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("[data-testid=sov-chart]")).ToContainTextAsync("cardiozen");
        await Assertions.Expect(page.Locator("[data-testid=top-authors]")).Not.ToContainTextAsync("@fan");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "listening.png"), FullPage = true });

        await session.Factory.Services.GetRequiredService<ListeningMonitor>().RunOnceAsync(TestContext.Current.CancellationToken);
        await page.GetByRole(AriaRole.Link, new() { Name = "Alerts", Exact = true }).ClickAsync();
        var alert = page.Locator("[data-testid=listening-alerts] tr", new() { HasText = "VolumeSpike" });
        await Assertions.Expect(alert).ToContainTextAsync("/10");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Open crisis room" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=crisis-title]")).ToContainTextAsync("Cardiozen: VolumeSpike");
        await Assertions.Expect(page.Locator("[data-testid=crisis-posts] tr")).ToHaveCountAsync(26);
        var action = page.Locator("[data-testid=action-form]");
        await action.Locator("input[name=text]").FillAsync("Store team asked about stock levels");
        await action.GetByRole(AriaRole.Button, new() { Name = "Add to timeline" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Store team asked about stock levels");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "crisis-room.png"), FullPage = true });
    }
}
