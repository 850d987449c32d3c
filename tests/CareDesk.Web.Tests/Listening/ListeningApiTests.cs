using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Common;
using CareDesk.Application.Crisis;
using CareDesk.Application.Listening;
using CareDesk.Ingestion.Listening;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Web.Tests.Listening;

/// <summary>Each test owns its factory: they move the fake clock.</summary>
public sealed class ListeningApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Burst_RaisesAnAlertWhoseSignedWebhookReachesTheReceiver_AndOpensACrisisRoom()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var factory = new CareDeskApplicationFactory();
        var supervisor = await factory.SignInAsSupervisorAsync();
        const string secret = "a-long-shared-webhook-secret";
        var route = await supervisor.PostJsonAsync("/api/listening/alerts/routes",
            new { name = "Crisis desk", minSeverity = 5, brand = "Cardiozen", delivery = "webhook", target = receiver.Url.ToString(), secret });
        route.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CareDeskApplicationFactory.ReadAsync<AlertRoutingRuleDto>(route)).Signed.ShouldBeTrue();
        for (var index = 0; index < 30; index++)
        {
            var posted = await supervisor.IngestRawAsync(new
            {
                channel = "x-cardiozen-us",
                externalId = $"burst-{index}",
                author = $"@user{index % 7}",
                text = $"Cardiozen shortage at pharmacy number {index * 13} in district {index}",
                postedAt = CareDeskApplicationFactory.Start.AddMinutes(index + 1),
            });
            posted.EnsureSuccessStatusCode();
        }

        factory.Time.Advance(TimeSpan.FromMinutes(65));
        await factory.Services.GetRequiredService<ListeningMonitor>().RunOnceAsync(Token);
        await Poller.UntilAsync(() => Task.FromResult(receiver.Received.Count), count => count > 0);

        var (body, signature) = receiver.Received.ShouldHaveSingleItem();
        signature.ShouldBe("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body))));
        body.ShouldContain("\"kind\":\"volume_spike\"");
        body.ShouldNotContain("@user");
        var alerts = (await supervisor.GetFromJsonAsync<ListeningAlertsView>("/api/listening/alerts", CareDeskJson.Options, Token))!;
        var alert = alerts.Alerts.ShouldHaveSingleItem();
        // No history: median 0, scale 1, z = 30 → 1 + ⌊2·log2(30/3.5)⌋ = 7.
        alert.Severity.ShouldBe(7);

        var opened = await supervisor.PostAsync($"/api/listening/alerts/{alert.Id}/crisis-room", null, Token);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        var room = await CareDeskApplicationFactory.ReadAsync<CrisisRoomDto>(opened);
        room.Posts.Count.ShouldBe(30);
        var noted = await supervisor.PostJsonAsync($"/api/crisis-rooms/{room.Number}/actions", new { kind = "note", text = "Pharmacy team asked about stock" });
        (await CareDeskApplicationFactory.ReadAsync<CrisisRoomDto>(noted)).Timeline.Count.ShouldBe(2);
    }

    [Fact]
    public async Task CreateQuery_ByAnAgent_IsForbidden_AndABrokenExpressionIsKeyedToItsField()
    {
        await using var factory = new CareDeskApplicationFactory();
        var agent = await factory.SignInAsAgentAsync();
        var supervisor = await factory.SignInAsSupervisorAsync();
        var query = new { brand = "Cardiozen", name = "Broken", expression = "(cardiozen OR", brandTerms = new[] { "cardiozen" } };

        (await agent.PostJsonAsync("/api/listening/queries", query)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await supervisor.PostJsonAsync("/api/listening/queries", query);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemErrorsAsync()).Keys.ShouldContain("expression");
    }

    [Fact]
    public async Task R44_limit_request_through_the_api_leaves_the_author_out_of_analytics_but_still_screened()
    {
        await using var factory = new CareDeskApplicationFactory();
        var supervisor = await factory.SignInAsSupervisorAsync();
        var created = await supervisor.PostJsonAsync("/api/listening/queries",
            new { brand = "Cardiozen", name = "Cardiozen US", expression = "cardiozen", brandTerms = new[] { "cardiozen" }, competitorTerms = new[] { "hartwell" } });
        var query = await CareDeskApplicationFactory.ReadAsync<ListeningQueryDto>(created);
        await supervisor.IngestAsync("Cardiozen works for me");

        var limited = await supervisor.PutAsJsonAsync("/api/listening/authors/data-use-limit", new { channel = "x-cardiozen-us", author = "@patient", limit = true }, CareDeskJson.Options, Token);
        var screened = await supervisor.IngestAsync("Cardiozen gave me a terrible rash");
        var analytics = (await supervisor.GetFromJsonAsync<ListeningAnalyticsDto>($"/api/listening/queries/{query.Id}/analytics", CareDeskJson.Options, Token))!;

        limited.StatusCode.ShouldBe(HttpStatusCode.OK);
        screened.Labels.ShouldContain(Domain.Triage.TriageLabel.AdverseEvent);
        analytics.Posts.ShouldBe(0);
        analytics.ExcludedByLimitRequests.ShouldBe(2);
    }
}
