using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Security;
using CareDesk.Application.Security.Incidents;
using CareDesk.Domain.Security;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class SecurityApiTests : IAsyncLifetime
{
    private readonly CareDeskApplicationFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task R39_a_case_read_through_the_API_by_marketing_is_masked_and_logged_with_user_and_time()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        var posted = await agent.IngestAsync("Where is the copay card? Mail me at jo.bloggs@example.com");
        using var marketing = await _factory.SignInAsync("mark");
        using var supervisor = await _factory.SignInAsSupervisorAsync();

        var masked = await marketing.GetCaseAsync(posted.CaseNumber);
        var full = await agent.GetCaseAsync(posted.CaseNumber);
        var log = await supervisor.GetFromJsonAsync<List<CaseAccessDto>>($"/api/security/case-access?caseNumber={posted.CaseNumber}", CareDeskJson.Options, Token);
        var forbidden = await agent.GetAsync("/api/security/case-access", Token);

        masked.Posts.ShouldHaveSingleItem().Author.ShouldBe(PersonalDataMask.Masked);
        masked.Posts.Single().Text.ShouldNotContain("jo.bloggs@example.com");
        full.Posts.ShouldHaveSingleItem().Text.ShouldContain("jo.bloggs@example.com");
        log.ShouldNotBeNull().Select(entry => (entry.UserName, entry.Masked, entry.At)).ShouldBe(
            [("alice", false, CareDeskApplicationFactory.Start), ("mark", true, CareDeskApplicationFactory.Start)]);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task R39_configuration_inspection_reports_the_TLS_1_2_floor_HSTS_and_at_rest_encryption_as_configured()
    {
        using var supervisor = await _factory.SignInAsSupervisorAsync();
        using var agent = await _factory.SignInAsAgentAsync();

        var report = await supervisor.GetFromJsonAsync<SecurityConfigurationReport>("/api/security/configuration", CareDeskJson.Options, Token);
        var forbidden = await agent.GetAsync("/api/security/configuration", Token);

        var checks = report.ShouldNotBeNull().Checks.ToDictionary(check => check.Check);
        checks["TLS protocols"].Status.ShouldBe(SecurityCheckStatus.Pass);
        checks["TLS protocols"].Detail.ShouldContain("Tls12, Tls13");
        checks.ShouldContainKey("HTTPS endpoint");
        checks.ShouldContainKey("HSTS");
        checks["Database encryption"].Status.ShouldBe(SecurityCheckStatus.Warn);
        checks["Volume encryption"].Status.ShouldBe(SecurityCheckStatus.Warn);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task R38_setting_AE_case_retention_to_5_years_through_the_API_is_rejected_below_legal_floor()
    {
        using var admin = await _factory.SignInAsync("ada");

        var refused = await admin.PutAsJsonAsync("/api/retention/policies/AdverseEventCase", new { years = 5, reason = "Shorter" }, Token);
        var accepted = await admin.PutAsJsonAsync("/api/retention/policies/AdverseEventCase", new { years = 12, reason = "Group policy" }, Token);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemErrorsAsync())["years"].ShouldHaveSingleItem().ShouldContain("below legal floor (MA + 10y)");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task R45_an_incident_raised_through_the_API_lists_the_cases_of_the_export_found_in_the_audit_trail()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        var first = await agent.IngestAsync("Cardiozen gave me a rash on both arms");
        var second = await agent.IngestAsync("Cardiozen made my mum dizzy and she fell");
        using var viewer = await _factory.SignInAsync("vic");
        (await viewer.GetAsync("/api/reports/conversations/export?from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z", Token)).EnsureSuccessStatusCode();
        using var supervisor = await _factory.SignInAsSupervisorAsync();

        var response = await supervisor.PostJsonAsync("/api/security/incidents",
            new { title = "Unauthorised export of AE cases", category = "UnauthorisedExport", exportedBy = "vic" });
        var incident = await response.Content.ReadFromJsonAsync<SecurityIncidentDto>(CareDeskJson.Options, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        incident.ShouldNotBeNull().NotificationDueAt.ShouldBe(incident.DetectedAt.AddHours(72));
        incident.AffectedRecords.Select(record => record.RecordId).ShouldBe([first.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            second.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)], ignoreOrder: true);
    }
}
