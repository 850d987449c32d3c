using CareDesk.Application.Templates;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>A supervisor keeps the product risk library and sees a failing promotional template's MLR submission disabled (R23).</summary>
public sealed class PromotionJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Supervisor_SavesRiskInformation_AndAPromotionalDraftWithoutRiskBlockCannotBeSubmitted()
    {
        using var sam = await session.ApiAsync("sam");
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", new
        {
            name = "DrugX for moderate memory loss",
            jobCode = "CZ-US-0777",
            body = "Cardiozen (zenolapril) for moderate memory loss.",
            channelKinds = new[] { "x" },
            markets = new[] { "US" },
            category = "promotional",
            benefitClaim = "for moderate memory loss",
        }));
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");

        await page.GetByRole(AriaRole.Link, new() { Name = "Promotion", Exact = true }).ClickAsync();
        var form = page.Locator("[data-testid=risk-form]");
        await form.Locator("input[name=brand]").FillAsync("Cardiozen");
        await form.Locator("input[name=proprietaryName]").FillAsync("Cardiozen");
        await form.Locator("input[name=establishedName]").FillAsync("zenolapril");
        await form.Locator("textarea[name=mostSeriousRisks]").FillAsync("Serious risks: dizziness, fainting and very low blood pressure.");
        await form.Locator("input[name=riskPageUrl]").FillAsync("https://cardiozen.example/risks");
        await form.Locator("input[name=prescribingInformationUrl]").FillAsync("https://cardiozen.example/pi");
        await form.Locator("input[name=companyName]").FillAsync("Zenith Pharma Ltd");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save risk information" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=promotion-message]")).ToContainTextAsync("Risk information saved.");
        await Assertions.Expect(page.Locator("[data-testid=risk-library]")).ToContainTextAsync("Cardiozen (zenolapril)");

        await page.GotoAsync($"/templates/{draft.Id}");
        await Assertions.Expect(page.Locator("[data-testid=promotional-findings]")).ToContainTextAsync("MLR submission is disabled");
        await Assertions.Expect(page.Locator("[data-testid=submit-for-review]")).ToBeDisabledAsync();
    }
}
