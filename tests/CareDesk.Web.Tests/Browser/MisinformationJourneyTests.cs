using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>An agent starts a misinformation correction in the browser; the attestation cannot be ticked before a correction covers every item (R26).</summary>
public sealed class MisinformationJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Agent_StartsACorrection_AttestationStaysDisabledUntilEveryItemIsAddressed()
    {
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");

        await page.GetByRole(AriaRole.Link, new() { Name = "Misinformation", Exact = true }).ClickAsync();
        var form = page.Locator("[data-testid=start-form]");
        await form.Locator("input[name=sourceUrl]").FillAsync("https://www.reddit.com/r/hypertension/comments/abc123/cardiozen_miracle");
        await form.Locator("textarea[name=snapshot]").FillAsync("Cardiozen cures hypertension in a week! It also causes kidney failure in most patients.");
        await form.Locator("input[name=positive]").FillAsync("Cardiozen cures hypertension in a week");
        await form.Locator("input[name=negative]").FillAsync("Cardiozen causes kidney failure in most patients");
        await form.GetByRole(AriaRole.Button, new() { Name = "Start correction" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=misinformation-message]")).ToContainTextAsync("Correction started.");
        var correction = page.Locator("[data-testid=correction]").First;
        await Assertions.Expect(correction).ToContainTextAsync("Cardiozen causes kidney failure in most patients");
        await Assertions.Expect(correction.Locator("[data-testid=correction-status]")).ToHaveTextAsync("Open");
        await Assertions.Expect(correction.Locator("[data-testid=attest-checkbox]")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("[data-testid=misinformation-export]")).ToHaveAttributeAsync("href", "/api/misinformation/export");
    }
}
