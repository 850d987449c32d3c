using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Application.Users.Administration;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>Part 11 session and identity controls over HTTP (R33, R34) and the marketing role's view (R20).</summary>
public sealed class IdentityApiTests(Part11SessionFactory factory) : IClassFixture<Part11SessionFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R33_the_first_api_signature_needs_the_user_id_a_later_one_only_the_password_and_16_idle_minutes_end_the_session()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var a = await InReviewAsync(sam, "CZ-US-0601");
        var b = await InReviewAsync(sam, "CZ-US-0602");
        var leo = await factory.SignInAsync("leo");

        var passwordOnly = await leo.PostJsonAsync($"/api/templates/{a}/approve", new { role = "legal", password = DemoCatalog.DemoPassword });
        var full = await leo.PostJsonAsync($"/api/templates/{a}/approve", new { role = "legal", password = DemoCatalog.DemoPassword, userName = "leo" });
        var later = await leo.PostJsonAsync($"/api/templates/{b}/approve", new { role = "legal", password = DemoCatalog.DemoPassword });

        passwordOnly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await passwordOnly.ProblemErrorsAsync()).Keys.ShouldBe(["userName"]);
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        later.StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Time.Advance(TimeSpan.FromMinutes(16));
        (await leo.GetAsync("/api/auth/me", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task R34_mark_device_lost_revokes_the_users_cookie_and_lists_a_security_alert_for_admins()
    {
        var rita = await factory.SignInAsync("rita");
        (await rita.GetAsync("/api/auth/me", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await factory.SignInAsync("ada");

        var lost = await admin.PostJsonAsync("/api/admin/users/rita/device-lost", new { reason = "Laptop stolen" });

        lost.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rita.GetAsync("/api/auth/me", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var alerts = (await admin.GetFromJsonAsync<List<SecurityAlertView>>("/api/admin/security-alerts", CareDeskJson.Options, Token))!;
        alerts.ShouldContain(alert => alert.UserName == "rita" && alert.Kind == "device_lost");
        (await (await factory.SignInAsync("bob")).GetAsync("/api/admin/users", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task R34_a_deactivated_user_id_cannot_be_created_again()
    {
        var admin = await factory.SignInAsync("ada");
        var jdoe = new { userName = "jdoe", displayName = "John Doe", role = "agent", temporaryPassword = "Temporary-2026-x" };

        (await admin.PostJsonAsync("/api/admin/users", jdoe)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostJsonAsync("/api/admin/users/jdoe/deactivation", new { reason = "Left the company" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await admin.PostJsonAsync("/api/admin/users", jdoe);

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.ProblemErrorsAsync())["userName"].Single().ShouldContain("retired");
    }

    [Fact]
    public async Task R20_a_marketing_user_gets_403_on_a_medical_information_request()
    {
        var agent = await factory.SignInAsAgentAsync();
        var inquiry = await agent.IngestAsync("Can I take Cardiozen for weight loss?");
        (await agent.PostJsonAsync($"/api/cases/{inquiry.CaseNumber}/medical-inquiry", new { })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var mark = await factory.SignInAsync("mark");

        (await mark.GetAsync($"/api/cases/{inquiry.CaseNumber}", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await mark.PostJsonAsync($"/api/cases/{inquiry.CaseNumber}/medical-inquiry", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await mark.GetAsync($"/cases/{inquiry.CaseNumber}", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await mark.GetQueueAsync()).ShouldNotContain(item => item.Number == inquiry.CaseNumber);
    }

    private static async Task<Guid> InReviewAsync(HttpClient supervisor, string jobCode)
    {
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await supervisor.PostJsonAsync("/api/templates/drafts", new
        {
            name = "Savings card",
            jobCode,
            body = "Thanks {{first_name}}, see {{url}}.",
            variables = new[] { new { name = "first_name", kind = "first_name" }, new { name = "url", kind = "url" } },
            channelKinds = new[] { "x", "facebook" },
            markets = new[] { "US" },
            category = "service",
        }));
        (await supervisor.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { })).EnsureSuccessStatusCode();
        return draft.Id;
    }
}
