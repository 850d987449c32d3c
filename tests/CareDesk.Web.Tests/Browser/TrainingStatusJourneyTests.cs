using CareDesk.Application.Training;
using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>R18 in a real browser: the admin sees a lapsed agent on the training page, records the course, and the agent is current again.</summary>
public sealed class TrainingStatusJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_sees_a_lapsed_agent_and_records_training_that_restores_access()
    {
        await using (var scope = session.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.TrainingRecords.Where(record => db.Users.Any(user => user.Id == record.UserId && user.UserName == "bob")).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "ada");
        await page.GetByRole(AriaRole.Link, new() { Name = "Training", Exact = true }).ClickAsync();

        var bob = page.Locator("[data-testid=training-bob] [data-testid=training-state]");
        await Assertions.Expect(bob).ToContainTextAsync("lapsed: " + TrainingCourses.AePqcRecognition);
        await Assertions.Expect(page.Locator("[data-testid=training-alice] [data-testid=training-state]")).ToContainTextAsync("current");

        await page.FillAsync("[data-testid=training-user]", "bob");
        await page.FillAsync("[data-testid=training-version]", "2026.2");
        await page.FillAsync("[data-testid=training-completed]", "2026-11-23");
        await page.FillAsync("[data-testid=training-expires]", "2026-12-10");
        await page.ClickAsync("[data-testid=record-training]");

        await Assertions.Expect(bob).ToContainTextAsync("lapses within 30 days");
    }

    [Fact]
    public async Task Admin_requires_a_course_of_a_role_and_its_users_show_as_lapsed()
    {
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "ada");
        await page.GotoAsync("/training");

        await page.SelectOptionAsync("[data-testid=requirement-role]", "Marketing");
        await page.FillAsync("[data-testid=requirement-course]", "PROMO-CODE-2026");
        await page.ClickAsync("[data-testid=add-requirement]");

        await Assertions.Expect(page.Locator("[data-testid=training-requirement]", new() { HasText = "PROMO-CODE-2026" })).ToContainTextAsync("every brand");
        await Assertions.Expect(page.Locator("[data-testid=training-mark] [data-testid=training-state]")).ToContainTextAsync("lapsed: PROMO-CODE-2026");
    }
}
