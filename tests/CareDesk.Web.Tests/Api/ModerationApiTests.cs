using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Moderation;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>R12 through the API: "Delete on platform" before a screening decision is a 422; marketing never sees the queue.</summary>
public sealed class ModerationApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    [Fact]
    public async Task R12_delete_on_platform_before_a_screening_decision_answers_422_and_the_comment_stays_in_triage()
    {
        var ct = TestContext.Current.CancellationToken;
        var supervisor = await factory.SignInAsync("sam");
        (await supervisor.PutAsJsonAsync("/api/moderation/guidelines/Cardiozen", new { text = "No swearing.", profanityFilter = true, profanityTerms = new[] { "fuck" } }, ct))
            .EnsureSuccessStatusCode();
        (await supervisor.PutAsJsonAsync("/api/moderation/pages/facebook-cardiozen-us", new { mode = "PostModeration" }, ct)).EnsureSuccessStatusCode();
        var agent = await factory.SignInAsAgentAsync();
        var post = await agent.IngestAsync("this f***ing drug gave me seizures", channel: "facebook-cardiozen-us");

        var queue = (await agent.GetFromJsonAsync<List<ModeratedItemDto>>("/api/moderation/queue", CareDeskJson.Options, ct))!;
        var item = queue.Single(found => found.CaseNumber == post.CaseNumber);
        var refused = await agent.PostJsonAsync($"/api/moderation/items/{item.Id}/decision", new { decision = "Remove", note = "Rule 1" });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync(ct)).ShouldContain("Screening decision required");
        (await agent.GetQueueAsync()).ShouldContain(found => found.Number == post.CaseNumber);
        var marketing = await factory.SignInAsync("mark");
        (await marketing.GetAsync("/api/moderation/queue", ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
