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

    [Fact]
    public async Task R42_rectification_restriction_and_an_extension_through_the_API_are_decided_with_reasons_and_listed_with_due_dates()
    {
        using var agent = await _factory.SignInAsAgentAsync();
        await agent.IngestAsync("Do you have the leaflet in large print?");
        using var supervisor = await _factory.SignInAsSupervisorAsync();
        var token = TestContext.Current.CancellationToken;

        var refused = await agent.PostJsonAsync("/api/privacy/subject-requests/restriction", new { subject = "@patient", decision = "granted", reason = "asked" });
        var rectified = await (await supervisor.PostJsonAsync("/api/privacy/subject-requests/rectification",
            new { subject = "@patient", decision = "granted", correction = "My name is spelt Jo, not Joe", reason = "Accuracy" })).Content
            .ReadFromJsonAsync<DataSubjectRequestDto>(CareDeskJson.Options, token);
        var restricted = await (await supervisor.PostJsonAsync("/api/privacy/subject-requests/restriction",
            new { subject = "@patient", regime = "ccpa", decision = "refused", reason = "No ground under Art 18(1) applies" })).Content
            .ReadFromJsonAsync<DataSubjectRequestDto>(CareDeskJson.Options, token);
        var logged = await (await supervisor.PostJsonAsync("/api/privacy/subject-requests", new { subject = "@patient", kind = "access", regime = "gdpr" })).Content
            .ReadFromJsonAsync<DataSubjectRequestDto>(CareDeskJson.Options, token);
        var noReason = await supervisor.PostJsonAsync($"/api/privacy/subject-requests/{logged!.Id}/extension", new { toldAt = "2026-11-23T14:00:00Z" });
        var extended = await (await supervisor.PostJsonAsync($"/api/privacy/subject-requests/{logged.Id}/extension",
            new { reason = "Complex request", toldAt = "2026-11-23T14:00:00Z" })).Content.ReadFromJsonAsync<DataSubjectRequestDto>(CareDeskJson.Options, token);
        var listed = await supervisor.GetFromJsonAsync<List<DataSubjectRequestDto>>("/api/privacy/subject-requests", CareDeskJson.Options, token);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (rectified!.Decision, rectified.Items.ShouldHaveSingleItem().Outcome).ShouldBe((DataSubjectRequestDecision.Granted, DataSubjectRequestOutcome.Rectified));
        (restricted!.Decision, restricted.DecisionReason, restricted.DaysAllowed).ShouldBe((DataSubjectRequestDecision.Refused, "No ground under Art 18(1) applies", 45));
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        extended!.DueAt.ShouldBe(logged.DueAt.AddMonths(2));
        listed.ShouldNotBeNull().First().Id.ShouldBe(logged.Id, "the open request comes first");
    }
}
