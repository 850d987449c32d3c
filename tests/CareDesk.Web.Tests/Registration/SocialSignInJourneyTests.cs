using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Registration;

/// <summary>
/// A patient signs in on Respiro's registration form through a real OpenID Connect provider (OpenIddict on loopback),
/// and lands back on the form with the provider's e-mail filled in; forged id tokens are refused.
/// </summary>
public sealed class SocialSignInJourneyTests(SocialSignInSession session) : IClassFixture<SocialSignInSession>
{
    private const string FormPath = "/forms/respiro/patient-registration";

    private async Task<IPage> SignInThroughProviderAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(FormPath);
        await page.ClickAsync($"[data-testid=signin-{SocialSignInSession.ProviderKey}]");
        await page.WaitForURLAsync(url => url.StartsWith(session.Provider.Issuer + "login", StringComparison.Ordinal));
        await page.FillAsync("input[name=username]", TestOpenIdProvider.UserName);
        await page.FillAsync("input[name=password]", TestOpenIdProvider.Password);
        await page.ClickAsync("#provider-login");
        await page.WaitForURLAsync(url => url.Contains(FormPath, StringComparison.Ordinal));
        return page;
    }

    private Task<IBrowserContext> NewBrowserAsync() => session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });

    [Fact]
    public async Task A_patient_signs_in_with_the_provider_and_lands_on_the_form_with_the_email_filled_in()
    {
        session.Provider.TamperIdToken = null;
        await using var context = await NewBrowserAsync();

        var page = await SignInThroughProviderAsync(context);

        new Uri(page.Url).AbsolutePath.ShouldBe(FormPath);
        await Assertions.Expect(page.Locator("[data-testid=signed-in]")).ToContainTextAsync(TestOpenIdProvider.Email);
        await Assertions.Expect(page.Locator("input[name='answer.email']")).ToHaveValueAsync(TestOpenIdProvider.Email);
        var cookies = await context.CookiesAsync();
        cookies.Single(cookie => cookie.Name == EndUserAuthentication.CookieName).Path.ShouldBe("/forms");
        cookies.ShouldNotContain(cookie => cookie.Name == "caredesk.auth");

        await page.FillAsync("input[name='answer.firstName']", "Pat");
        await page.SelectOptionAsync("select[name='answer.onTreatment']", "yes");
        await Assertions.Expect(page.Locator("[data-testid=field-startedOn]")).ToBeVisibleAsync();
        await page.FillAsync("input[name='answer.startedOn']", "2026-10-01");
        await page.CheckAsync("input[name=consent][value=granted]");
        await page.ClickAsync("[data-testid=submit]");

        await Assertions.Expect(page.Locator("[data-testid=registered]")).ToContainTextAsync(TestOpenIdProvider.Email);
        var submission = await QueryAsync(db => db.RegistrationSubmissions.SingleAsync(item => item.Email == TestOpenIdProvider.Email));
        submission.EmailVerifiedBy.ShouldBe(SocialSignInSession.ProviderKey);
        submission.Answers["startedOn"].ShouldBe("2026-10-01");
    }

    [Fact]
    public async Task An_end_user_sign_in_never_opens_a_staff_page_or_the_API()
    {
        session.Provider.TamperIdToken = null;
        await using var context = await NewBrowserAsync();
        var page = await SignInThroughProviderAsync(context);

        var api = await context.APIRequest.GetAsync("/api/cases");
        await page.GotoAsync("/");

        api.Status.ShouldBe(401);
        new Uri(page.Url).AbsolutePath.ShouldBe("/login");
    }

    public static TheoryData<string> Forgeries => ["edited payload", "signed with another key", "another issuer"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_id_token_is_refused_and_nothing_from_it_is_used(string forgery)
    {
        var forge = forgery switch
        {
            "edited payload" => ForgedIdTokens.WithEditedPayload,
            "signed with another key" => ForgedIdTokens.SignedWithAnotherKey,
            _ => ForgedIdTokens.FromAnotherIssuer(session.Provider.SigningCredentials),
        };
        var forged = new List<string>();
        session.Provider.TamperIdToken = token =>
        {
            forged.Add(forge(token));
            return forged[^1];
        };
        try
        {
            await using var context = await NewBrowserAsync();
            var page = await SignInThroughProviderAsync(context);

            new Uri(page.Url).Query.ShouldBe("?signin=failed");
            await Assertions.Expect(page.Locator("[data-testid=signin-failed]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=signed-in]")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("input[name='answer.email']")).ToHaveValueAsync(string.Empty);
            (await context.CookiesAsync()).ShouldNotContain(cookie => cookie.Name == EndUserAuthentication.CookieName);
            // The wrong-issuer token carries a valid signature, so only the issuer check can have refused it.
            (await ForgedIdTokens.HasValidSignatureAsync(forged.Single(), session.Provider.SigningCredentials)).ShouldBe(forgery == "another issuer");
        }
        finally
        {
            session.Provider.TamperIdToken = null;
        }
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = session.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
