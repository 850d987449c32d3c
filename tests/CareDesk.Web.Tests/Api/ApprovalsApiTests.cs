using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Approvals;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Templates;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class ApprovalsApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edited_reply_answers_202_and_is_sent_only_after_a_password_signed_approval()
    {
        var agent = await factory.SignInAsAgentAsync();
        var post = await agent.IngestAsync("Where can I find the savings card?", channel: "facebook-cardiozen-us");
        var template = (await agent.GetFromJsonAsync<List<TemplateDto>>($"/api/templates?caseNumber={post.CaseNumber}", CareDeskJson.Options, Token))!
            .Single(item => item.JobCode == "CZ-US-0160");

        var proposed = await agent.PostJsonAsync($"/api/cases/{post.CaseNumber}/replies", new
        {
            templateId = template.Id,
            variables = new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" },
            proposedText = "Hi Jo, the card is at https://cardiozen.example/savings.",
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var held = await CareDeskApplicationFactory.ReadAsync<SendTemplateReplyResult>(proposed);
        (await agent.GetCaseAsync(post.CaseNumber)).Replies.ShouldBeEmpty();

        var supervisor = await factory.SignInAsync("sam");
        var unsigned = await supervisor.PostJsonAsync($"/api/approvals/{held.ApprovalRequestId}/decisions", new { approve = true });
        var signed = await supervisor.PostJsonAsync($"/api/approvals/{held.ApprovalRequestId}/decisions", new { approve = true, password = Application.Demo.DemoCatalog.DemoPassword, userName = "sam" });

        unsigned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsigned.ProblemErrorsAsync()).Keys.ShouldContain("password");
        signed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CareDeskApplicationFactory.ReadAsync<DecideReplyApprovalResult>(signed)).Status.ShouldBe(Domain.Replies.Approvals.ApprovalStatus.Approved);
        (await agent.GetCaseAsync(post.CaseNumber)).Replies.ShouldHaveSingleItem().Text.ShouldBe("Hi Jo, the card is at https://cardiozen.example/savings.");
    }

    [Fact]
    public async Task R30_the_audit_export_endpoint_serves_csv_and_json_lines()
    {
        var client = await factory.SignInAsAgentAsync();
        await client.IngestAsync("Where can I find the savings card?");

        var csv = await client.GetAsync("/api/audit/export?format=csv&timeZone=Europe/London", Token);
        var jsonl = await client.GetAsync("/api/audit/export?format=jsonl", Token);

        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync(Token)).ShouldStartWith("sequence,at_utc,at_local,time_zone");
        (await jsonl.Content.ReadAsStringAsync(Token)).ShouldContain("\"action\":\"post.received\"");
    }
}
