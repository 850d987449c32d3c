using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor switches screening on for a channel in a real browser and sees its schedule and health.</summary>
public sealed class ChannelSetupJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Supervisor_SwitchesScreeningOnForAChannel_SeesTheScheduleAndAnInvalidGapRefused()
    {
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.GetByRole(AriaRole.Link, new() { Name = "Channels" }).ClickAsync();

        var row = page.Locator("[data-testid=channels] tr[data-channel='youtube-cardiozen']");
        await Assertions.Expect(row).ToContainTextAsync("off");
        await row.Locator("input[name=enabled]").CheckAsync();
        await row.Locator("input[name=accountId]").FillAsync("UC_x5XG1OV2P6uZZ5FSM9Ttw");
        await row.Locator("input[name=interval]").FillAsync("15");
        await row.Locator("input[name=maxGap]").FillAsync("10");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=channel-message]")).ToContainTextAsync("longer than the screening interval");

        row = page.Locator("[data-testid=channels] tr[data-channel='youtube-cardiozen']");
        await row.Locator("input[name=enabled]").CheckAsync();
        await row.Locator("input[name=accountId]").FillAsync("UC_x5XG1OV2P6uZZ5FSM9Ttw");
        await row.Locator("input[name=interval]").FillAsync("15");
        await row.Locator("input[name=maxGap]").FillAsync("240");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=channel-message]")).ToHaveTextAsync("Saved youtube-cardiozen.");
        await Assertions.Expect(page.Locator("[data-testid=channels] tr[data-channel='youtube-cardiozen']")).ToContainTextAsync("on, every 15 min");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "channel-setup.png"), FullPage = true });
    }
}
