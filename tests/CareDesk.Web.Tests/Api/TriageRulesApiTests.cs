using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Triage;
using CareDesk.Domain.Triage;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class TriageRulesApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static readonly object RecallRule = new
    {
        name = "Crisis: counterfeit rumour",
        label = "crisis_signal",
        priority = "urgent",
        matchKind = "any_term",
        terms = new[] { "fake pills", "knock-off" },
    };

    [Fact]
    public async Task CreateRule_AsAgent_IsForbidden()
    {
        var agent = await factory.SignInAsAgentAsync();

        var response = await agent.PostJsonAsync("/api/triage-rules", RecallRule);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateRule_AsSupervisor_ScreensTheNextPostWithIt()
    {
        var supervisor = await factory.SignInAsSupervisorAsync();

        var created = await supervisor.PostJsonAsync("/api/triage-rules", new
        {
            name = "Crisis: knock-off sellers",
            label = "crisis_signal",
            priority = "urgent",
            matchKind = "any_term",
            terms = new[] { "knock-off" },
        });
        var post = await supervisor.IngestAsync("Someone is selling knock-off Cardiozen on a market stall");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        post.Labels.ShouldContain(TriageLabel.CrisisSignal);
        post.Priority.ShouldBe(Priority.Urgent);
    }

    [Fact]
    public async Task UpdateRule_BumpsVersionAndAuditsOldAndNewContent()
    {
        var supervisor = await factory.SignInAsSupervisorAsync();
        var rules = await supervisor.GetFromJsonAsync<List<TriageRuleDto>>("/api/triage-rules", CareDeskJson.Options, TestContext.Current.CancellationToken);
        var praise = rules!.Single(rule => rule.Name == "Praise");

        var response = await supervisor.PutAsJsonAsync($"/api/triage-rules/{praise.Id}", new
        {
            name = praise.Name,
            label = "praise",
            priority = "low",
            matchKind = "any_term",
            terms = praise.Terms.Append("kudos").ToArray(),
        }, CareDeskJson.Options, TestContext.Current.CancellationToken);

        var updated = await CareDeskApplicationFactory.ReadAsync<TriageRuleDto>(response);
        updated.Version.ShouldBe(praise.Version + 1);
        var trail = await supervisor.GetStringAsync($"/api/audit?entityType=TriageRule&entityId={praise.Id}", TestContext.Current.CancellationToken);
        trail.ShouldContain("triage_rule.updated");
        trail.ShouldContain("kudos");
    }

    [Fact]
    public async Task TestRule_AgainstAText_ShowsWhetherAndWhereItMatches()
    {
        var agent = await factory.SignInAsAgentAsync();

        var response = await agent.PostJsonAsync("/api/triage-rules/test", new { rule = RecallRule, text = "Beware of fake pills sold online" });

        var result = await CareDeskApplicationFactory.ReadAsync<TestTriageRuleResult>(response);
        result.Matched.ShouldBeTrue();
        result.Hit!.Evidence.ShouldBe("fake pills");
        result.Hit.Start.ShouldBe("Beware of ".Length);
    }

    [Fact]
    public async Task TestRule_WithInvalidRegex_Returns400NamingTerms()
    {
        var agent = await factory.SignInAsAgentAsync();

        var response = await agent.PostJsonAsync("/api/triage-rules/test", new { rule = new { name = "bad", label = "other", matchKind = "regex", terms = new[] { "(unclosed" } }, text = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemErrorsAsync()).Keys.ShouldContain("terms");
    }
}
