using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Privacy;
using CareDesk.Domain.Privacy;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class PrivacyApiTests : IAsyncLifetime
{
    private readonly CareDeskApplicationFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task R42_erasure_through_the_API_keeps_the_AE_case_and_the_audit_chain_verifies()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        await agent.IngestAsync("Do you have the leaflet in large print?");
        await agent.IngestAsync("my mum (72) got a rash on both arms after starting Cardiozen");
        using var supervisor = await _factory.SignInAsSupervisorAsync();

        var forbidden = await agent.PostJsonAsync("/api/privacy/subject-requests/erasure", new { subject = "@patient" });
        var response = await supervisor.PostJsonAsync("/api/privacy/subject-requests/erasure", new { subject = "@patient", regime = "gdpr" });
        var request = await response.Content.ReadFromJsonAsync<DataSubjectRequestDto>(CareDeskJson.Options, TestContext.Current.CancellationToken);
        var verified = await supervisor.GetFromJsonAsync<AuditChainReport>("/api/audit/verify", CareDeskJson.Options, TestContext.Current.CancellationToken);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        request.ShouldNotBeNull().Items.ShouldContain(item => item.Outcome == DataSubjectRequestOutcome.Erased && item.RecordType == "Case");
        request.Items.ShouldContain(item => item.Outcome == DataSubjectRequestOutcome.Retained && item.Reason == DataSubjectRequest.RetainedForPharmacovigilance);
        request.DaysAllowed.ShouldBe(30);
        verified.ShouldNotBeNull().Intact.ShouldBeTrue();
    }
}
