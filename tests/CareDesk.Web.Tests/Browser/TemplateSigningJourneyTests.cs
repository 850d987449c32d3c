using CareDesk.Application.Templates;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>An MLR reviewer opens a template in review, sees it per channel, re-enters the password and signs (R31, R33, R52).</summary>
public sealed class TemplateSigningJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Reviewer_ReentersThePasswordAndSigns_SeesTheSignatureWithNameTimeAndMeaning()
    {
        using var sam = await session.ApiAsync("sam");
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", new
        {
            name = "Savings card reminder",
            jobCode = "CZ-US-0500",
            body = "Hi {{first_name}}, the Cardiozen savings card is at {{url}}. " + string.Concat(Enumerable.Repeat("Terms and eligibility apply. ", 8)),
            variables = new[] { new { name = "first_name", kind = "first_name" }, new { name = "url", kind = "url" } },
            channelKinds = new[] { "x", "facebook" },
            markets = new[] { "US" },
            category = "service",
        }));
        (await sam.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { })).EnsureSuccessStatusCode();
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "mira");

        await page.GetByRole(AriaRole.Link, new() { Name = "Templates" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=template-library] tr[data-template='CZ-US-0500 v1']")).ToContainTextAsync("InReview");
        await page.GetByRole(AriaRole.Link, new() { Name = "Savings card reminder" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=previews] tr[data-channel='X'] [data-testid=over-limit]")).ToContainTextAsync("over the X limit");
        await Assertions.Expect(page.Locator("[data-testid=previews] tr[data-channel='Facebook'] [data-testid=count]")).ToContainTextAsync("/ 8000");

        var approve = page.Locator("[data-testid=approve-form]");
        await approve.Locator("select[name=role]").SelectOptionAsync("Medical");
        // First signature of the session: the form asks for the user id as well as the password (R33).
        await approve.Locator("[data-testid=signer-user-id]").FillAsync("mira");
        await approve.Locator("input[name=password]").FillAsync("wrong-password");
        await approve.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-message]")).ToContainTextAsync("Re-enter your password");
        await Assertions.Expect(page.Locator("[data-testid=signatures] tr[data-signature]")).ToHaveCountAsync(0);

        approve = page.Locator("[data-testid=approve-form]");
        await approve.Locator("select[name=role]").SelectOptionAsync("Medical");
        await approve.Locator("[data-testid=signer-user-id]").FillAsync("mira");
        await approve.Locator("input[name=password]").FillAsync(Application.Demo.DemoCatalog.DemoPassword);
        await approve.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }).ClickAsync();

        var signature = page.Locator("[data-testid=signatures] tr[data-signature]");
        await Assertions.Expect(signature).ToHaveCountAsync(1);
        await Assertions.Expect(signature).ToContainTextAsync("Dr Mira Patel");
        await Assertions.Expect(signature).ToContainTextAsync("Medical review: Approved");
        await Assertions.Expect(signature).ToContainTextAsync("2026-11-23 14:00:00 UTC");
        await Assertions.Expect(signature.Locator("[data-testid=signature-valid]")).ToHaveTextAsync("valid");
        await Assertions.Expect(page.Locator("[data-testid=pending-roles]")).ToHaveTextAsync("Legal, Regulatory");

        // R31: the printout carries the same manifestation line as the screen.
        await Assertions.Expect(signature.Locator("[data-testid=manifestation]")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(signature.Locator("[data-testid=manifestation]")).ToBeVisibleAsync();
        await Assertions.Expect(signature.Locator("[data-testid=manifestation]"))
            .ToHaveTextAsync("Dr Mira Patel — Medical review: Approved — 2026-11-23 14:00:00 UTC");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "template-signing.png"), FullPage = true });
    }
}
