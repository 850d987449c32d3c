using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor finds a person's data on the privacy page, erases it and sees what was erased and what PV keeps (R42).</summary>
public sealed class PrivacyErasureJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task R42_erasure_from_the_privacy_page_shows_what_was_erased_and_what_was_retained()
    {
        using var api = await session.ApiAsync("alice");
        await api.IngestAsync("Do you have the leaflet in large print?");
        await api.IngestAsync("my mum (72) got a rash on both arms after starting Cardiozen");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync("/privacy?subject=%40patient");
        await Assertions.Expect(page.Locator("[data-testid=subject-posts] tr")).ToHaveCountAsync(3);
        await page.ClickAsync("[data-testid=erase-button]");

        var items = page.Locator("[data-testid=dsar-items]");
        await Assertions.Expect(items).ToContainTextAsync("Erased");
        await Assertions.Expect(items).ToContainTextAsync("retained – Art 17(3)(b)/(c), PV legal obligation, CIR 520/2012 Art 12");
        await Assertions.Expect(page.Locator("[data-testid=dsar-due]")).ToContainTextAsync("30 days");
        await Assertions.Expect(page.Locator("[data-testid=dsar-letter]")).ToContainTextAsync("We have kept 1 record(s)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "privacy-erasure.png"), FullPage = true });
    }
}
