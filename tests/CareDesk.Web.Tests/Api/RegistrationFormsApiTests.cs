using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using CareDesk.Application.Common;
using CareDesk.Application.Registration;
using CareDesk.Web.Registration;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class RegistrationFormsApiTests : IAsyncLifetime
{
    private readonly CareDeskApplicationFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private static object NewsletterForm(string consentVersion) => new
    {
        brand = "Respiro",
        form = "newsletter",
        title = "Respiro news",
        audience = "patient",
        style = "static",
        fields = new object[] { new { name = "email", label = "E-mail", kind = "email", required = true } },
        consentText = "Send me Respiro news.",
        consentVersion,
        consentPurpose = "marketing",
    };

    [Fact]
    public async Task Supervisors_publish_versions_agents_may_not_and_a_bad_form_is_refused_by_field()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        using var supervisor = await _factory.SignInAsSupervisorAsync();

        var forbidden = await agent.PostJsonAsync("/api/registration-forms", NewsletterForm("v1"));
        var first = await supervisor.PostJsonAsync("/api/registration-forms", NewsletterForm("v1"));
        var second = await supervisor.PostJsonAsync("/api/registration-forms", NewsletterForm("v2"));
        var noEmail = await supervisor.PostJsonAsync("/api/registration-forms", new { brand = "Respiro", form = "bad", title = "Bad", consentText = "x", consentVersion = "v1", fields = Array.Empty<object>() });
        var listed = await agent.GetFromJsonAsync<List<RegistrationFormSummary>>("/api/registration-forms", CareDeskJson.Options, TestContext.Current.CancellationToken);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CareDeskApplicationFactory.ReadAsync<RegistrationFormDto>(second)).ShouldSatisfyAllConditions(
            form => form.Version.ShouldBe(2),
            form => form.Path.ShouldBe("/forms/respiro/newsletter"),
            form => form.ConsentVersion.ShouldBe("v2"));
        noEmail.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noEmail.ProblemErrorsAsync()).Keys.ShouldContain("fields");
        listed.ShouldNotBeNull().ShouldContain(form => form.Form == "newsletter" && form.LatestVersion == 2);
    }

    [Fact]
    public async Task The_public_form_answers_404_for_an_unknown_form_and_needs_no_staff_sign_in()
    {
        using var anonymous = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var known = await anonymous.GetAsync("/forms/respiro/patient-registration", TestContext.Current.CancellationToken);
        var unknown = await anonymous.GetAsync("/forms/respiro/no-such-form", TestContext.Current.CancellationToken);
        var signInWithoutProvider = await anonymous.GetAsync("/forms/respiro/patient-registration/signin/google", TestContext.Current.CancellationToken);

        known.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        signInWithoutProvider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Only_email_verification_provider_and_brand_survive_from_the_provider_identity()
    {
        var external = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("sub", "user-4711"), new Claim("email", "pat@example.com"), new Claim("email_verified", "true"),
            new Claim("name", "Pat Patient"), new Claim("picture", "https://example.com/pat.png"), new Claim(ClaimTypes.Role, "Admin"),
        ], "oidc"));

        var kept = EndUserAuthentication.Minimal(external, new SocialProviderOptions { Brand = "Respiro", Key = "Google", ClientId = "x" });

        kept.Claims.Select(claim => $"{claim.Type}={claim.Value}").ShouldBe(
            ["provider=google", "brand=respiro", "email=pat@example.com", "email_verified=true"], ignoreOrder: true);
        kept.Identity!.AuthenticationType.ShouldBe(EndUserAuthentication.Scheme);
        kept.IsInRole("Admin").ShouldBeFalse();
    }
}
