using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>The policy editor in a real browser: a supervisor drafts a response matrix and starts a pilot; an admin signs the matrix.</summary>
public sealed class PolicyJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Supervisor_drafts_a_matrix_and_starts_a_pilot_then_an_admin_approves_the_matrix_with_a_signature()
    {
        await using var supervisor = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await supervisor.NewPageAsync();
        await BrowserSession.SignInAsync(page, "sam");
        await page.GetByRole(AriaRole.Link, new() { Name = "Engagement policy", Exact = true }).ClickAsync();

        await page.SelectOptionAsync("[data-testid='action-GeneralInquiry.X']", "AnswerPublicly");
        await page.FillAsync("[data-testid='templates-GeneralInquiry.X']", "CZ-US-0160");
        await page.ClickAsync("[data-testid=save-matrix]");
        await Assertions.Expect(page.Locator("[data-testid=matrix-US-v1] [data-testid=matrix-status]")).ToHaveTextAsync("draft");

        await page.CheckAsync("[data-testid=pilot-x-cardiozen-us]");
        await page.CheckAsync("[data-testid=pilot-label-GeneralInquiry]");
        await page.CheckAsync("[data-testid=pilot-mode]");
        await page.ClickAsync("[data-testid=save-scope]");
        await Assertions.Expect(page.Locator("[data-testid=scope-state]")).ToContainTextAsync("Pilot mode: replies only on x-cardiozen-us");

        await using var admin = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var adminPage = await admin.NewPageAsync();
        await BrowserSession.SignInAsync(adminPage, "ada");
        await adminPage.GotoAsync("/policy");
        await adminPage.FillAsync("[data-testid=matrix-US-v1] [data-testid=approve-user]", "ada");
        await adminPage.FillAsync("[data-testid=matrix-US-v1] [data-testid=approve-password]", Application.Demo.DemoCatalog.DemoPassword);
        await adminPage.ClickAsync("[data-testid=matrix-US-v1] [data-testid=approve-matrix]");

        await Assertions.Expect(adminPage.Locator("[data-testid=policy-error]")).ToHaveCountAsync(0);
        await Assertions.Expect(adminPage.Locator("[data-testid=matrix-US-v1] [data-testid=matrix-status]")).ToHaveTextAsync("approved");
        await Assertions.Expect(adminPage.Locator("[data-testid=matrix-US-v1]")).ToContainTextAsync("approved by ada");
    }
}
