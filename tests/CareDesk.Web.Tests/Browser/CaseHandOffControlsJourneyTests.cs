using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor raises a product complaint (R19), hands a question to Medical Information (R20) and places and lifts a legal hold, in a real browser.</summary>
public sealed class CaseHandOffControlsJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task R19_R20_supervisor_raises_a_complaint_hands_to_medical_information_and_places_and_lifts_a_legal_hold_from_the_case_page()
    {
        using var api = await session.ApiAsync("sam");
        var post = await api.IngestAsync("The Cardiozen 10 mg pills in my new box are discoloured and smell odd. Can I still take them with grapefruit?");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.GotoAsync($"/cases/{post.CaseNumber}");

        var complaint = page.Locator("[data-testid=complaint-form]");
        await complaint.Locator("input[name=product]").FillAsync("Cardiozen");
        await complaint.Locator("input[name=strength]").FillAsync("10 mg");
        await complaint.Locator("input[name=lot]").FillAsync("LOT-4711");
        await complaint.Locator("input[name=expiry]").FillAsync("2027-06-30");
        await complaint.Locator("input[name=fieldAlert]").CheckAsync();
        await complaint.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Complaint raised to Quality");
        await Assertions.Expect(page.Locator("[data-testid=complaint-row]")).ToContainTextAsync("Cardiozen 10 mg · lot LOT-4711 · expiry 2027-06-30 · possible Field Alert");
        await Assertions.Expect(page.Locator("[data-testid=clocks]")).ToContainTextAsync("Field Alert");

        await page.Locator("[data-testid=medinfo-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=medinfo-row]")).ToContainTextAsync("sam");

        var hold = page.Locator("[data-testid=legal-hold-form]");
        await hold.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=handoff-error]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=legal-hold-state]")).ToHaveTextAsync("Not on legal hold");
        await hold.Locator("input[name=reason]").FillAsync("Litigation LIT-2026-17");
        await hold.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=legal-hold-state]")).ToHaveTextAsync("On legal hold: Litigation LIT-2026-17");
        await page.Locator("[data-testid=legal-hold-form] input[name=reason]").FillAsync("Litigation settled");
        await page.Locator("[data-testid=legal-hold-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=legal-hold-state]")).ToHaveTextAsync("Not on legal hold");
        await Assertions.Expect(page.Locator("[data-testid=history]")).ToContainTextAsync("case.legal_hold_released");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "case-handoff-controls.png"), FullPage = true });
    }
}
