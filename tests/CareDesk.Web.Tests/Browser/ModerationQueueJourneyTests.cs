using System.Net.Http.Json;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>An agent works the moderation queue: a profane AE comment is hidden yet flagged, and cannot be deleted before screening (R12).</summary>
public sealed class ModerationQueueJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task R12_the_moderation_queue_shows_the_hidden_AE_comment_with_its_explanation_and_blocks_deletion_until_screened()
    {
        var ct = TestContext.Current.CancellationToken;
        using var supervisor = await session.ApiAsync("sam");
        (await supervisor.PutAsJsonAsync("/api/moderation/guidelines/Cardiozen", new
        {
            text = "Be kind. No swearing. We read every comment, including reports of side effects.",
            profanityFilter = true,
            profanityTerms = new[] { "fuck" },
            spamFilter = false,
        }, ct)).EnsureSuccessStatusCode();
        (await supervisor.PutAsJsonAsync("/api/moderation/pages/facebook-cardiozen-us", new { mode = "PostModeration" }, ct)).EnsureSuccessStatusCode();
        using var agent = await session.ApiAsync("alice");
        await agent.IngestAsync("this f***ing drug gave me seizures", channel: "facebook-cardiozen-us");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.ClickAsync("nav a[href='/moderation']");
        var item = page.Locator("[data-testid=moderated-item]", new() { HasText = "gave me seizures" });
        await Assertions.Expect(item.Locator("[data-testid=moderated-state]")).ToHaveTextAsync("Hidden");
        await Assertions.Expect(item.Locator("[data-testid=moderated-labels]")).ToContainTextAsync("AdverseEvent");
        await Assertions.Expect(item.Locator("[data-testid=moderated-explanation]")).ToContainTextAsync("language our community guidelines do not allow");

        await item.Locator("[data-testid=moderation-note]").FillAsync("Rule 1: no swearing");
        await item.Locator("[data-testid=delete]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=moderation-error]")).ToContainTextAsync("Screening decision required");

        item = page.Locator("[data-testid=moderated-item]", new() { HasText = "gave me seizures" });
        await item.Locator("[data-testid=screen-ae]").CheckAsync();
        await item.Locator("[data-testid=screen]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=moderation-done]")).ToContainTextAsync("Screening decision recorded");
        await Assertions.Expect(page.Locator("[data-testid=moderated-item]", new() { HasText = "gave me seizures" }).Locator("[data-testid=moderated-screening]"))
            .ToContainTextAsync("adverse event yes");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "moderation-queue.png"), FullPage = true });
    }
}
