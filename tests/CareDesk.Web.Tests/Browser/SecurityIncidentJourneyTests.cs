using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor raises an incident for an export found in the audit trail and records the authority's notification, then closes it (R45).</summary>
public sealed class SecurityIncidentJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task R45_the_incident_register_page_shows_the_72_hour_due_time_and_the_exported_cases()
    {
        using var agent = await session.ApiAsync("alice");
        await agent.IngestAsync("Cardiozen gave me a rash on both arms");
        await agent.IngestAsync("Cardiozen made my mum dizzy and she fell");
        using var viewer = await session.ApiAsync("vic");
        (await viewer.GetAsync("/api/reports/conversations/export?from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z", TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync("/security/incidents");
        await page.FillAsync("[data-testid=incident-title]", "Unauthorised export of AE cases");
        await page.FillAsync("[data-testid=incident-exported-by]", "vic");
        await page.ClickAsync("[data-testid=raise-button]");

        var row = page.Locator("[data-testid=incident-1]");
        await Assertions.Expect(row).ToContainTextAsync("Unauthorised export of AE cases");
        await Assertions.Expect(row.Locator("[data-testid=incident-affected]")).ToContainTextAsync("2 record(s)");
        await Assertions.Expect(row.Locator("[data-testid=incident-affected]")).ToContainTextAsync("2 adverse-event case");
        await Assertions.Expect(row.Locator("[data-testid=incident-due]")).ToContainTextAsync("2026-11-26 14:00");
        var authorityStep = row.Locator("[data-testid=incident-step]", new() { HasText = "supervisory authority" });
        await authorityStep.Locator("input[name=note]").FillAsync("ICO IC-2026-77");
        await authorityStep.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=incident-1] [data-testid=incident-step]", new() { HasText = "supervisory authority" }))
            .ToContainTextAsync("done by sam");

        await page.FillAsync("[data-testid=incident-1] [data-testid=incident-close-summary]", "Export was a test; file deleted.");
        await page.ClickAsync("[data-testid=incident-1] [data-testid=incident-close]");
        await Assertions.Expect(page.Locator("[data-testid=incident-error]")).ToContainTextAsync("every notification step is done");
        var openSteps = page.Locator("[data-testid=incident-1] [data-testid=incident-step] button");
        while (await openSteps.CountAsync() > 0)
        {
            var remaining = await openSteps.CountAsync();
            await openSteps.First.ClickAsync();
            await Assertions.Expect(openSteps).ToHaveCountAsync(remaining - 1);
        }

        await page.FillAsync("[data-testid=incident-1] [data-testid=incident-close-summary]", "Export was a test; file deleted.");
        await page.ClickAsync("[data-testid=incident-1] [data-testid=incident-close]");
        await Assertions.Expect(page.Locator("[data-testid=incident-1] [data-testid=incident-closed]")).ToContainTextAsync("closed by sam");
        await Assertions.Expect(page.Locator("[data-testid=incident-1] [data-testid=incident-closed]")).ToContainTextAsync("Export was a test; file deleted.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "security-incidents.png"), FullPage = true });
    }
}
