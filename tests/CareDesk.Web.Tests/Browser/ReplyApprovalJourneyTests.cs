using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>An agent edits a template reply; a supervisor compares it with the template, re-enters the password and approves; only then is it sent.</summary>
public sealed class ReplyApprovalJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string EditedText = "Hi Jo, you can find savings and access options at https://cardiozen.example/savings. Terms apply. Happy to help!";

    [Fact]
    public async Task Edited_reply_waits_in_the_approval_queue_until_a_supervisor_signs_it_with_the_password()
    {
        using var api = await session.ApiAsync("alice");
        var post = await api.IngestAsync("Where can I find the savings card?", channel: "facebook-cardiozen-us");
        await using var agentContext = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var agent = await SignInAsync(agentContext, "alice");

        await agent.GotoAsync($"/cases/{post.CaseNumber}");
        await agent.SelectOptionAsync("[data-testid=template-picker]", new SelectOptionValue { Label = "General inquiry: savings and access (CZ-US-0160)" });
        await agent.GetByRole(AriaRole.Button, new() { Name = "Use template" }).ClickAsync();
        await agent.FillAsync("[data-testid=var-first_name]", "Jo");
        await agent.FillAsync("[data-testid=var-url]", "https://cardiozen.example/savings");
        await agent.FillAsync("[data-testid=proposed-text-input]", EditedText);
        await agent.ClickAsync("[data-testid=send-reply]");
        await agent.WaitForURLAsync("**done=Reply+held+for+approval**");
        await Assertions.Expect(agent.Locator("[data-testid=reply]")).ToHaveCountAsync(0);

        await using var supervisorContext = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var supervisor = await SignInAsync(supervisorContext, "sam");
        await supervisor.GotoAsync("/approvals");
        var request = supervisor.Locator("[data-testid=approval-request]", new() { HasText = $"Case #{post.CaseNumber}" });
        await Assertions.Expect(request.Locator("[data-testid=template-text]")).ToHaveTextAsync("Hi Jo, you can find savings and access options at https://cardiozen.example/savings. Terms apply.");
        await Assertions.Expect(request.Locator("[data-testid=proposed-text]")).ToHaveTextAsync(EditedText);
        await Assertions.Expect(request.Locator("h2")).ToContainTextAsync("CZ-US-0160 v1");
        await supervisor.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "approval-queue.png"), FullPage = true });

        await request.Locator("[data-testid=signer-user-id]").FillAsync("sam");
        await request.Locator("[data-testid=decision-password]").FillAsync("not-my-password");
        await request.Locator("[data-testid=approve]").ClickAsync();
        await Assertions.Expect(supervisor.Locator("[data-testid=approval-error]")).ToContainTextAsync("password");

        request = supervisor.Locator("[data-testid=approval-request]", new() { HasText = $"Case #{post.CaseNumber}" });
        await request.Locator("[data-testid=signer-user-id]").FillAsync("sam");
        await request.Locator("[data-testid=decision-password]").FillAsync(Application.Demo.DemoCatalog.DemoPassword);
        await request.Locator("[data-testid=approve]").ClickAsync();
        await Assertions.Expect(supervisor.Locator("[data-testid=approval-done]")).ToHaveTextAsync("Approved and sent");

        await supervisor.GotoAsync($"/cases/{post.CaseNumber}");
        await Assertions.Expect(supervisor.Locator("[data-testid=reply]")).ToContainTextAsync(EditedText);
        await Assertions.Expect(supervisor.Locator("[data-testid=reply]")).ToContainTextAsync("CZ-US-0160");
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, userName);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }
}
