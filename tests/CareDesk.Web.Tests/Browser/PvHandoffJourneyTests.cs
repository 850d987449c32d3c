using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>An agent confirms an adverse event's minimum criteria with evidence and sends it to PV as E2B, in a real browser.</summary>
public sealed class PvHandoffJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Agent_ConfirmsCriteriaAndSeriousness_SendsToPv_SeesDeadlineExportAndReconciliation()
    {
        using var api = await session.ApiAsync("alice");
        var post = await api.IngestAsync("My mom started Cardiozen last month and now her legs ache constantly");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");

        await page.GotoAsync($"/cases/{post.CaseNumber}");
        await page.ClickAsync("[data-testid=pv-link]");
        await Assertions.Expect(page.Locator("[data-testid=awareness]")).ToContainTextAsync("First seen by a person");
        await Assertions.Expect(page.Locator("[data-testid=handoff-form] button")).ToBeDisabledAsync();
        foreach (var (criterion, fallback) in new[] { ("reporter", "@patient"), ("patient", "My mom"), ("product", "Cardiozen"), ("event", "legs ache") })
        {
            var evidence = page.Locator($"[data-testid=criterion-{criterion}] input[name={criterion}-evidence]");
            if (string.IsNullOrWhiteSpace(await evidence.InputValueAsync()))
            {
                await evidence.FillAsync(fallback);
            }

            await page.CheckAsync($"[data-testid=criterion-{criterion}] input[type=checkbox]");
        }

        await page.CheckAsync("input[name=hospitalisation]");
        await page.ClickAsync("[data-testid=review-form] button[type=submit]");

        await Assertions.Expect(page.Locator("[data-testid=deadline]")).ToContainTextAsync("expedited, serious");
        await Assertions.Expect(page.Locator("[data-testid=criteria-met-at]")).Not.ToHaveTextAsync("-");
        await page.ClickAsync("[data-testid=handoff-form] button");
        await Assertions.Expect(page.Locator("[data-testid=ack]")).ToContainTextAsync("awaiting acknowledgement");
        var export = await page.APIRequest.GetAsync($"/api/cases/{post.CaseNumber}/pv/e2b");
        (await export.TextAsync()).ShouldContain("MCCI_IN200100UV01");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "pv-handoff.png"), FullPage = true });

        await page.GotoAsync("/pv/reconciliation");
        await Assertions.Expect(page.Locator($"[data-testid=reconciliation-row-{post.CaseNumber}]")).ToContainTextAsync("unacknowledged");
    }
}
