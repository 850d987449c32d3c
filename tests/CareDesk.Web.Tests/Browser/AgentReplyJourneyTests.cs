using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>What an agent does all day, in a real browser: sign in, work the queue, answer with a template.</summary>
public sealed class AgentReplyJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Agent_SignsInOpensQueueRepliesWithTemplate_SeesCaseResolved()
    {
        using var api = await session.ApiAsync("alice");
        await api.IngestAsync("Since starting Cardiozen I get dizzy spells every morning");
        await api.IngestAsync("My Cardiozen pack arrived cracked and two tablets were missing", channel: "facebook-cardiozen-us");
        var post = await api.IngestAsync("Thank you Cardiozen, my blood pressure is finally normal!", channel: "facebook-cardiozen-us");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/login**");
        await page.FillAsync("input[name=userName]", "alice");
        await page.FillAsync("input[name=password]", Application.Demo.DemoCatalog.DemoPassword);
        await page.ClickAsync("button[type=submit]");

        var row = page.Locator($"[data-testid=queue] tr[data-case='{post.CaseNumber}']");
        await Assertions.Expect(row).ToContainTextAsync("praise");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "agent-queue.png"), FullPage = true });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("new");

        await page.SelectOptionAsync("[data-testid=template-picker]", new SelectOptionValue { Label = "Praise: thank you (CZ-US-0170)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Use template" }).ClickAsync();
        await page.FillAsync("[data-testid=var-first_name]", "Maria");
        await page.CheckAsync("[data-testid=resolve-after]");
        await page.ClickAsync("[data-testid=send-reply]");

        await Assertions.Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("resolved");
        await Assertions.Expect(page.Locator("[data-testid=reply]")).ToContainTextAsync("Thank you for sharing, Maria! We're glad to hear it.");
        await Assertions.Expect(page.Locator("[data-testid=reply]")).ToContainTextAsync("CZ-US-0170");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "agent-reply-journey.png"), FullPage = true });
    }

    [Fact]
    public async Task Agent_SendsReplyWithAnInvalidName_SeesTheRefusalAndNoReply()
    {
        using var api = await session.ApiAsync("alice");
        var post = await api.IngestAsync("Love this product, thanks a lot", channel: "instagram-cardiozen-us");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");

        await page.GotoAsync($"/cases/{post.CaseNumber}");
        await page.SelectOptionAsync("[data-testid=template-picker]", new SelectOptionValue { Label = "Praise: thank you (CZ-US-0170)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Use template" }).ClickAsync();
        await page.FillAsync("[data-testid=var-first_name]", "Visit www.cheap-meds.example");
        await page.ClickAsync("[data-testid=send-reply]");

        await Assertions.Expect(page.Locator("[data-testid=reply-error]")).ToContainTextAsync("first_name");
        await Assertions.Expect(page.Locator("[data-testid=reply]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("new");
    }

    [Fact]
    public async Task Agent_OpensAPossibleAdverseEvent_SeesWhyItWasFlagged()
    {
        using var api = await session.ApiAsync("alice");
        var post = await api.IngestAsync("My mom started Cardiozen last month and now her legs ache constantly");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");

        await page.GotoAsync($"/cases/{post.CaseNumber}");

        var panel = page.Locator("[data-testid=ae-panel]");
        await Assertions.Expect(panel).ToContainTextAsync("possible adverse event");
        await Assertions.Expect(panel).ToContainTextAsync("Cardiozen");
        await Assertions.Expect(page.Locator("[data-testid=ae-criteria]")).ToContainTextAsync("My mom");
        await Assertions.Expect(page.Locator("[data-testid=clocks]")).ToContainTextAsync("PV hand-off");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "adverse-event-case.png"), FullPage = true });
    }
}
