using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>On the PV hand-off page an agent records the verbatim's language with a human translation and an open pre-code (R11, R17).</summary>
public sealed class PvCodingJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Agent_RecordsLanguageAndHumanTranslation_AndAPreCodeThatIsMarkedNeverExported()
    {
        using var api = await session.ApiAsync("alice");
        var post = await api.IngestAsync("My mom started Cardiozen last month and now she has a rash");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");

        await page.GotoAsync($"/cases/{post.CaseNumber}/pv");
        await Assertions.Expect(page.Locator("[data-testid=event-language]")).ToHaveTextAsync("eng");
        await page.FillAsync("[data-testid=translation-form] input[name=language]", "ger");
        await page.FillAsync("[data-testid=translation-form] input[name=translation]", "Rash after Cardiozen");
        await page.ClickAsync("[data-testid=translation-form] button");
        await Assertions.Expect(page.Locator("[data-testid=event-language]")).ToHaveTextAsync("ger");
        await Assertions.Expect(page.Locator("[data-testid=event-translation]")).ToContainTextAsync("Rash after Cardiozen (human translation by alice");

        await page.ClickAsync("[data-testid=machine-translation-form] button");
        await Assertions.Expect(page.Locator("[data-testid=coding-error]")).ToContainTextAsync("No machine translation engine is configured");

        await page.FillAsync("[data-testid=precode-form] input[name=vocabulary]", "CTCAE v5");
        await page.FillAsync("[data-testid=precode-form] input[name=code]", "CT-1");
        await page.FillAsync("[data-testid=precode-form] input[name=term]", "Rash maculo-papular");
        await page.ClickAsync("[data-testid=precode-form] button");
        await Assertions.Expect(page.Locator("[data-testid=event-precode]")).ToContainTextAsync("CTCAE v5 CT-1 Rash maculo-papular");
        await Assertions.Expect(page.Locator("[data-testid=event-meddra]")).ToHaveTextAsync("not coded");
    }
}
