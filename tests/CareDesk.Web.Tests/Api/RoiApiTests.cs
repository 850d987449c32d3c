using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Roi;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareDesk.Web.Tests.Api;

public sealed class RoiApiTests
{
    private const string Browser = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_short_link_answers_302_to_the_tagged_destination_and_counts_a_person_but_not_a_preview_fetcher()
    {
        await using var factory = new CareDeskApplicationFactory();
        var link = await CreateLinkAsync(factory, "https://www.cardiozen.com/savings");
        using var visitor = Visitor(factory);

        using var click = await GetAsync(visitor, $"/l/{link.Code}", Browser);
        using var preview = await GetAsync(visitor, $"/l/{link.Code}", "facebookexternalhit/1.1");
        using var prefetch = await GetAsync(visitor, $"/l/{link.Code}", Browser, ("Sec-Purpose", "prefetch"));

        click.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        click.Headers.Location!.AbsoluteUri.ShouldBe("https://www.cardiozen.com/savings?utm_source=x-cardiozen-us&utm_medium=social-care&utm_campaign=winter-savings&utm_content=no-template");
        click.Headers.CacheControl!.NoStore.ShouldBeTrue();
        click.Headers.Contains("Set-Cookie").ShouldBeFalse();
        preview.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        prefetch.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var supervisor = await factory.SignInAsSupervisorAsync();
        var links = await supervisor.GetFromJsonAsync<BrandLinksDto>("/api/roi/links?brand=Cardiozen", CareDeskJson.Options, Token);
        links!.Links.Single().Clicks.ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_code_answers_a_404_page_and_an_expired_link_a_410_page()
    {
        await using var factory = new CareDeskApplicationFactory();
        var link = await CreateLinkAsync(factory, "https://cardiozen.com/", expiresAt: CareDeskApplicationFactory.Start.AddHours(1));
        using var visitor = Visitor(factory);

        using var unknown = await GetAsync(visitor, "/l/ZZZZZZZZ", Browser);
        factory.Time.Advance(TimeSpan.FromHours(2));
        using var expired = await GetAsync(visitor, $"/l/{link.Code}", Browser);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync(Token)).ShouldContain("Link not found");
        expired.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await expired.Content.ReadAsStringAsync(Token)).ShouldContain("This link has expired");
        expired.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task CareDesk_is_never_an_open_redirect()
    {
        await using var factory = new CareDeskApplicationFactory();
        var supervisor = await factory.SignInAsSupervisorAsync();
        await AllowCardiozenAsync(supervisor);
        var link = await CreateLinkAsync(factory, "https://cardiozen.com/");
        using var visitor = Visitor(factory);

        using var offList = await supervisor.PostJsonAsync("/api/roi/links", new { channel = "x-cardiozen-us", campaign = "c", destination = "https://cardiozen.com.evil.example/login" });
        using var userInfo = await supervisor.PostJsonAsync("/api/roi/links", new { channel = "x-cardiozen-us", campaign = "c", destination = "https://cardiozen.com@evil.example/" });
        using var smuggled = await GetAsync(visitor, $"/l/{link.Code}?url=https://evil.example/&next=https://evil.example/", Browser);
        using var asPath = await GetAsync(visitor, "/l/https%3A%2F%2Fevil.example", Browser);
        using var agentChangesList = await (await factory.SignInAsAgentAsync()).PutAsJsonAsync("/api/roi/brands/Cardiozen/link-domains", new { domains = new[] { "evil.example" } }, Token);

        offList.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await offList.ProblemErrorsAsync()).Keys.ShouldBe(["destination"]);
        userInfo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        smuggled.Headers.Location!.Host.ShouldBe("cardiozen.com");
        asPath.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        agentChangesList.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Posting_a_redemption_is_idempotent_per_redemption_id()
    {
        await using var factory = new CareDeskApplicationFactory();
        var agent = await factory.SignInAsAgentAsync();
        var post = await agent.IngestAsync("Is there a savings card for Cardiozen?");
        using var issued = await agent.PostJsonAsync("/api/roi/codes", new { caseNumber = post.CaseNumber, campaign = "winter-savings" });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        var code = (await CareDeskApplicationFactory.ReadAsync<List<RedemptionCodeDto>>(issued)).Single().Code;
        var supervisor = await factory.SignInAsSupervisorAsync();
        var body = new { redemptionId = "POS-42", code, redeemedAt = "2026-11-23T18:00:00Z", value = 25.00m, currency = "USD" };

        using var first = await supervisor.PostJsonAsync("/api/roi/redemptions", body);
        using var repeat = await supervisor.PostJsonAsync("/api/roi/redemptions", body);
        using var otherId = await supervisor.PostJsonAsync("/api/roi/redemptions", body with { redemptionId = "POS-43" });
        using var unknown = await supervisor.PostJsonAsync("/api/roi/redemptions", body with { redemptionId = "POS-44", code = Domain.Roi.CouponCode.NewCode() });
        using var byAgent = await agent.PostJsonAsync("/api/roi/redemptions", body with { redemptionId = "POS-45" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var recorded = await CareDeskApplicationFactory.ReadAsync<RedemptionOutcome>(first);
        recorded.Attribution!.CaseNumber.ShouldBe(post.CaseNumber);
        recorded.Attribution.Agent.ShouldBe("alice");
        repeat.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CareDeskApplicationFactory.ReadAsync<RedemptionOutcome>(repeat)).Status.ShouldBe(RedemptionStatus.AlreadyRecorded);
        otherId.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.ProblemErrorsAsync()).Keys.ShouldBe(["code"]);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var report = await supervisor.GetFromJsonAsync<RoiReportDto>("/api/roi/report?brand=Cardiozen&from=2026-11-23&to=2026-11-23&costPerConversation=5", CareDeskJson.Options, Token);
        (report!.Conversations, report.Redemptions, report.ReturnValue, report.TotalCost).ShouldBe((1, 1, 25.00m, 5m));
    }

    [Fact]
    public async Task A_csv_import_over_rest_answers_line_by_line()
    {
        await using var factory = new CareDeskApplicationFactory();
        var supervisor = await factory.SignInAsSupervisorAsync();
        using var content = new StringContent("redemption_id,code,redeemed_at,value,currency\nR-1,NOT-A-CODE,2026-11-23T18:00:00Z,5,USD\n", System.Text.Encoding.UTF8, "text/csv");

        using var response = await supervisor.PostAsync("/api/roi/redemptions/import", content, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await CareDeskApplicationFactory.ReadAsync<ImportRedemptionsResult>(response);
        result.Outcomes.Single().Outcome.Status.ShouldBe(RedemptionStatus.UnknownCode);
        result.Rejected.ShouldBe(1);
    }

    private static HttpClient Visitor(CareDeskApplicationFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string userAgent, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return client.SendAsync(request, Token);
    }

    private static async Task AllowCardiozenAsync(HttpClient supervisor)
    {
        using var response = await supervisor.PutAsJsonAsync("/api/roi/brands/Cardiozen/link-domains", new { domains = new[] { "cardiozen.com" } }, Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<TrackedLinkDto> CreateLinkAsync(CareDeskApplicationFactory factory, string destination, DateTimeOffset? expiresAt = null)
    {
        var supervisor = await factory.SignInAsSupervisorAsync();
        await AllowCardiozenAsync(supervisor);
        using var response = await supervisor.PostJsonAsync("/api/roi/links", new { channel = "x-cardiozen-us", campaign = "winter-savings", destination, expiresAt });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await CareDeskApplicationFactory.ReadAsync<TrackedLinkDto>(response);
    }
}
