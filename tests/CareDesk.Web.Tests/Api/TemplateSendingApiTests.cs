using System.Net;
using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>What an agent's send answers once a template is out of market (422) or retired (410) (R25, R46; expiry: MlrExpiryTests).</summary>
public sealed class TemplateSendingApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static readonly Dictionary<string, string> Values = new() { ["first_name"] = "Jamie", ["url"] = "https://cardiozen.example/savings" };

    [Fact]
    public async Task R25_sending_a_US_template_on_a_UK_channel_answers_422_template_not_approved_for_UK()
    {
        var template = await ApprovedAsync("CZ-US-0501", expiresOn: "2027-06-30");
        var alice = await factory.SignInAsAgentAsync();
        var uk = await alice.IngestAsync("Where can I find the savings card?", channel: "email-medinfo-uk");

        var refused = await SendAsync(alice, uk.CaseNumber, template.Id);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ProblemErrorsAsync())["templateId"].Single().ShouldStartWith("Template not approved for UK");
        (await alice.GetCaseAsync(uk.CaseNumber)).Replies.ShouldBeEmpty();
    }

    [Fact]
    public async Task R46_a_send_from_a_composer_left_open_on_a_withdrawn_version_answers_410_with_the_withdrawal_time()
    {
        var template = await ApprovedAsync("CZ-US-0502", expiresOn: "2027-06-30");
        var alice = await factory.SignInAsAgentAsync();
        var post = await alice.IngestAsync("Where can I find the savings card?");
        var sam = await factory.SignInAsSupervisorAsync();
        (await sam.PostJsonAsync($"/api/templates/{template.Id}/withdraw", new { reason = "Claim no longer supported" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await SendAsync(alice, post.CaseNumber, template.Id);

        refused.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await refused.ProblemErrorsAsync())["templateId"].Single().ShouldContain($"withdrawn at {factory.Time.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, int caseNumber, Guid templateId) =>
        client.PostJsonAsync($"/api/cases/{caseNumber}/replies", new { templateId, variables = Values, resolveAfterSending = false });

    private async Task<TemplateDto> ApprovedAsync(string jobCode, string expiresOn)
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", new
        {
            name = "Savings card",
            jobCode,
            body = "Thanks {{first_name}}, see {{url}}.",
            variables = new[] { new { name = "first_name", kind = "first_name" }, new { name = "url", kind = "url" } },
            channelKinds = new[] { "x", "email" },
            markets = new[] { "US" },
            category = "service",
            expiresOn,
        }));
        (await sam.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (reviewer, role) in new[] { ("mira", "medical"), ("leo", "legal"), ("rita", "regulatory") })
        {
            var client = await factory.SignInAsync(reviewer);
            (await client.PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role, password = DemoCatalog.DemoPassword, userName = reviewer })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return draft;
    }
}
