using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Reporting;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>Role limits on reports and R43d export redaction through the HTTP API: refusals are 403 whatever the page shows.</summary>
public sealed class ReportRolesApiTests : IAsyncLifetime
{
    private const string Day = "from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z";
    private const string Identifiers = "Call me on +1 415 555 0142 or jane.doe@example.com, Cardiozen";

    private readonly CareDeskApplicationFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Marketing_gets_metrics_and_roi_but_403_for_conversation_exports_compliance_and_fda_2253()
    {
        using var marketing = await _factory.SignInAsync("mark");

        (await marketing.GetAsync($"/api/reports/metrics?{Day}", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marketing.GetAsync("/api/roi/report?brand=Cardiozen&from=2026-11-23&to=2026-11-23", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marketing.GetAsync($"/api/reports/conversations/export?{Day}", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await marketing.GetAsync($"/api/reports/compliance?{Day}", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await marketing.GetAsync("/api/reports/fda-2253?brand=Cardiozen&year=2026&month=11", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Agent_gets_their_own_team_and_403_for_another_team_compliance_and_identifiers()
    {
        using var agent = await _factory.SignInAsAgentAsync();

        var own = await agent.GetFromJsonAsync<ContactCenterReport>($"/api/reports/metrics?{Day}", CareDeskJson.Options, Token);

        own.ShouldNotBeNull().Filter.Team.ShouldBe("Care team US");
        (await agent.GetAsync($"/api/reports/metrics?{Day}&team=Care%20team%20UK", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.GetAsync($"/api/reports/compliance?{Day}", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.GetAsync($"/api/reports/conversations/export?{Day}&includeIdentifiers=true&reason=curious", Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Viewer_reads_the_compliance_dashboard_but_cannot_import_calls()
    {
        using var viewer = await _factory.SignInAsync("vic");

        (await viewer.GetAsync($"/api/reports/compliance?{Day}", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var import = await viewer.PostAsync("/api/reports/call-center/import",
            new StringContent("interaction_id,brand,team,agent,started_at,answered_at,ended_at,labels\n", System.Text.Encoding.UTF8, "text/csv"), Token);
        import.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task R43d_the_conversation_and_audit_exports_leave_out_handles_emails_and_phone_numbers_unless_a_supervisor_gives_a_reason()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        await agent.IngestAsync(Identifiers);
        using var supervisor = await _factory.SignInAsSupervisorAsync();

        var csv = await supervisor.GetStringAsync($"/api/reports/conversations/export?{Day}", Token);
        var audit = await supervisor.GetStringAsync("/api/audit/export?format=jsonl", Token);
        var noReason = await supervisor.GetAsync($"/api/reports/conversations/export?{Day}&includeIdentifiers=true", Token);
        var identified = await supervisor.GetStringAsync($"/api/reports/conversations/export?{Day}&includeIdentifiers=true&reason=Legal%20hold%20LH-12", Token);

        foreach (var identifier in new[] { "@patient", "555 0142", "jane.doe@example.com" })
        {
            csv.ShouldNotContain(identifier);
            audit.ShouldNotContain(identifier);
            identified.ShouldContain(identifier);
        }

        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await supervisor.GetStringAsync("/api/audit/export?format=jsonl", Token)).ShouldContain("export.identifiers_included");
    }

    [Fact]
    public async Task Compliance_dashboard_counts_an_adverse_event_awaiting_hand_off_as_open()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        var post = await agent.IngestAsync("my mum (72) got a rash on both arms after starting Cardiozen");
        using var supervisor = await _factory.SignInAsSupervisorAsync();

        var dashboard = await supervisor.GetFromJsonAsync<ComplianceDashboard>($"/api/reports/compliance?{Day}", CareDeskJson.Options, Token);

        var handOff = dashboard.ShouldNotBeNull().HandOffs.ShouldHaveSingleItem();
        (handOff.CaseNumber, handOff.Result, handOff.HandedOffAt).ShouldBe((post.CaseNumber, "open", null));
        handOff.StartedAt.ShouldBe(CareDeskApplicationFactory.Start);
        dashboard.HandOffCompliancePercent.ShouldBeNull();
        dashboard.AuditChain.Intact.ShouldBeTrue();
    }
}
