using System.Net;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>Five wrong passwords lock an account and raise a security alert; an admin sees both and unlocks it (R34).</summary>
public sealed class AdminUnlockJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task R34_an_admin_sees_the_lockout_alert_and_unlocks_the_account()
    {
        using var guesser = new HttpClient { BaseAddress = session.BaseAddress };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await guesser.PostJsonAsync("/api/auth/login", new { userName = "bob", password = "guess-" + attempt });
        }

        (await guesser.PostJsonAsync("/api/auth/login", new { userName = "bob", password = Application.Demo.DemoCatalog.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "ada");
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();

        var bob = page.Locator("[data-testid=users] tr[data-user=bob]");
        await Assertions.Expect(bob.Locator("[data-testid=state]")).ToHaveTextAsync("locked");
        await Assertions.Expect(page.Locator("[data-testid=security-alerts] tr[data-alert=account_locked]")).ToContainTextAsync("bob");

        await bob.Locator("[data-testid=reason]").FillAsync("Identity confirmed by phone");
        await bob.Locator("[data-testid=unlock]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=users-message]")).ToContainTextAsync("bob: unlock done");
        await Assertions.Expect(page.Locator("[data-testid=users] tr[data-user=bob] [data-testid=state]")).ToHaveTextAsync("active");
        (await guesser.PostJsonAsync("/api/auth/login", new { userName = "bob", password = Application.Demo.DemoCatalog.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
