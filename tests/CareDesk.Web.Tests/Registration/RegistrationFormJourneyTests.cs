using CareDesk.Application.Demo;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Registration;

/// <summary>People register on the brand-hosted forms without signing in: conversational, dynamic (script off) and static.</summary>
public sealed class RegistrationFormJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private Task<IBrowserContext> NewBrowserAsync(bool javaScript = true) =>
        session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString(), JavaScriptEnabled = javaScript });

    [Fact]
    public async Task R41_the_conversational_form_asks_one_question_at_a_time_and_records_the_consent_shown()
    {
        await using var context = await NewBrowserAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/forms/respiro/patient-chat");

        await Assertions.Expect(page.Locator(".field")).ToHaveCountAsync(1);
        await page.FillAsync("input[name='answer.email']", "not-an-email");
        await page.ClickAsync("[data-testid=next]");
        await Assertions.Expect(page.Locator("[data-testid=error-email]")).ToContainTextAsync("e-mail address");
        await page.FillAsync("input[name='answer.email']", "chat@example.com");
        await page.ClickAsync("[data-testid=next]");
        await page.FillAsync("input[name='answer.firstName']", "Sam");
        await page.ClickAsync("[data-testid=next]");
        await page.SelectOptionAsync("select[name='answer.onTreatment']", "no");
        await page.ClickAsync("[data-testid=next]");

        // "No" skips the two treatment questions and goes straight to the consent.
        await Assertions.Expect(page.Locator("[data-testid=answered-onTreatment]")).ToHaveTextAsync("no");
        await Assertions.Expect(page.Locator("[data-testid=consent-text]")).ToHaveTextAsync(DemoRegistrationForms.PatientConsent);
        await page.CheckAsync("input[name=consent][value=declined]");
        await page.ClickAsync("[data-testid=submit]");

        await Assertions.Expect(page.Locator("[data-testid=registered]")).ToContainTextAsync("declined");
        var ledger = await QueryAsync(db => db.ConsentRecords.SingleAsync(record => record.Handle == "chat@example.com"));
        ledger.ShouldSatisfyAllConditions(
            record => record.Source.ShouldBe("registration form"),
            record => record.TextShown.ShouldBe(DemoRegistrationForms.PatientConsent),
            record => record.TextVersion.ShouldBe(DemoRegistrationForms.ConsentVersion),
            record => record.CapturedBy.ShouldBe("registrant"));
    }

    [Fact]
    public async Task The_dynamic_form_applies_its_conditions_on_the_server_when_the_browser_runs_no_script()
    {
        await using var context = await NewBrowserAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/forms/respiro/patient-registration");
        await Assertions.Expect(page.Locator("[data-testid=field-startedOn]")).ToBeHiddenAsync();

        await page.FillAsync("input[name='answer.email']", "dyn@example.com");
        await page.FillAsync("input[name='answer.firstName']", "Dee");
        await page.SelectOptionAsync("select[name='answer.onTreatment']", "yes");
        await page.CheckAsync("input[name=consent][value=granted]");
        await page.ClickAsync("[data-testid=submit]");

        // The server saw "yes", showed the start date and asked for it, keeping what was typed.
        await Assertions.Expect(page.Locator("[data-testid=error-startedOn]")).ToContainTextAsync("required");
        await Assertions.Expect(page.Locator("[data-testid=field-startedOn]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name='answer.firstName']")).ToHaveValueAsync("Dee");
        await page.FillAsync("input[name='answer.startedOn']", "2026-09-15");
        await page.ClickAsync("[data-testid=submit]");

        await Assertions.Expect(page.Locator("[data-testid=registered]")).ToBeVisibleAsync();
        var submission = await QueryAsync(db => db.RegistrationSubmissions.SingleAsync(item => item.Email == "dyn@example.com"));
        submission.Answers["startedOn"].ShouldBe("2026-09-15");
        submission.EmailVerifiedBy.ShouldBeNull();
    }

    [Fact]
    public async Task The_static_hcp_form_shows_each_error_next_to_its_field_and_staff_see_the_registration_count()
    {
        await using var context = await NewBrowserAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/forms/cardiozen/hcp-registration");
        await Assertions.Expect(page.Locator("[data-testid=signin-providers]")).ToHaveCountAsync(0);

        await page.FillAsync("input[name='answer.email']", "dr.who@clinic.example");
        await page.ClickAsync("[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=error-fullName]")).ToContainTextAsync("Full name is required.");
        await Assertions.Expect(page.Locator("[data-testid=error-licence]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=error-consent]")).ToBeVisibleAsync();
        await page.FillAsync("input[name='answer.fullName']", "Dr Jo Who");
        await page.SelectOptionAsync("select[name='answer.profession']", "pharmacist");
        await page.FillAsync("input[name='answer.licence']", "GPhC-2049611");
        await page.CheckAsync("input[name=consent][value=granted]");
        await page.ClickAsync("[data-testid=submit]");
        await Assertions.Expect(page.Locator("[data-testid=registered]")).ToBeVisibleAsync();

        await BrowserSession.SignInAsync(page, "sam");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/registration");
        var row = page.Locator("[data-testid=registration-forms] tr", new() { HasText = "/forms/cardiozen/hcp-registration" });
        await Assertions.Expect(row).ToContainTextAsync("HealthcareProfessional");
        await Assertions.Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("1");
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = session.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
