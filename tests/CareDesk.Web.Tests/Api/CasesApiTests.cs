using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Templates;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class CasesApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    [Fact]
    public async Task SendReply_WithApprovedTemplate_RecordsRenderedTextAndStopsTheResponseClock()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Thank you, Cardiozen works great for me", channel: "facebook-cardiozen-us");
        var template = await TemplateAsync(client, post.CaseNumber, "CZ-US-0170");

        var response = await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/replies",
            new { templateId = template.Id, variables = new Dictionary<string, string> { ["first_name"] = "Maria" }, resolveAfterSending = true });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var details = await client.GetCaseAsync(post.CaseNumber);
        details.Replies.Single().Text.ShouldBe("Thank you for sharing, Maria! We're glad to hear it.");
        details.Replies.Single().JobCode.ShouldBe("CZ-US-0170");
        details.Case.Status.ShouldBe(CaseStatus.Resolved);
        details.Case.Clocks.Single(clock => clock.Kind == SlaClockKind.FirstResponse).State.ShouldBe("met");
    }

    [Theory]
    [InlineData("first_name", "Maria", "free_text", "Buy now")]
    [InlineData("first_name", "M4ria 2", null, null)]
    public async Task SendReply_WhenVariablesDeviateFromTheTemplate_Returns400AndSendsNothing(string name, string value, string? extraName, string? extraValue)
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Love this medicine, thanks!", channel: "facebook-cardiozen-us");
        var template = await TemplateAsync(client, post.CaseNumber, "CZ-US-0170");
        var variables = new Dictionary<string, string> { [name] = value };
        if (extraName is not null)
        {
            variables[extraName] = extraValue!;
        }

        var response = await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/replies", new { templateId = template.Id, variables });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemErrorsAsync()).Keys.ShouldContain("variables");
        (await client.GetCaseAsync(post.CaseNumber)).Replies.ShouldBeEmpty();
    }

    [Fact]
    public async Task ResolveAdverseEventCase_BeforePvEscalation_IsRefusedAndAllowedAfter()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("I got hives after the second Cardiozen tablet");

        var refused = await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/status", new { status = "resolved" });
        var escalated = await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/escalations", new { target = "pharmacovigilance", note = "Four criteria present" });
        var resolved = await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/status", new { status = "resolved", reason = "PV has it" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemErrorsAsync())["status"].Single().ShouldContain("pharmacovigilance");
        escalated.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        resolved.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var details = await client.GetCaseAsync(post.CaseNumber);
        details.EscalatedTo.ShouldBe([EscalationTarget.Pharmacovigilance]);
        details.Case.Clocks.Single(clock => clock.Kind == SlaClockKind.PvHandoff).State.ShouldBe("met");
    }

    [Fact]
    public async Task AssignAndNote_AreShownOnTheCaseWithTheirHistory()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Is Cardiozen in stock at Walgreens?");

        var unknown = await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/assignment", new { assignee = "nobody-here" });
        await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/assignment", new { assignee = "bob", team = "Care team UK" });
        await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/notes", new { text = "Checked stock with the distributor" });

        (await unknown.ProblemErrorsAsync()).Keys.ShouldContain("assignee");
        var details = await client.GetCaseAsync(post.CaseNumber);
        details.Case.Assignee.ShouldBe("bob");
        details.Notes.Single().Text.ShouldBe("Checked stock with the distributor");
        details.Notes.Single().Author.ShouldBe("alice");
        details.History.Select(entry => entry.Action).ShouldBe(["post.received", "triage.screened", "case.opened", "case.assigned", "case.note_added", "case.first_seen"]);
    }

    [Fact]
    public async Task Queue_FilteredByLabel_ListsOnlyThatLabelSoonestDueFirst()
    {
        var client = await factory.SignInAsAgentAsync();
        await client.IngestAsync("What a great product, thanks", channel: "instagram-cardiozen-us");
        var complaint = await client.IngestAsync("My Cardiozen blister pack was damaged and two tablets were missing");

        var queue = await client.GetQueueAsync("?label=product_complaint");

        queue.ShouldAllBe(item => item.Labels.Contains(TriageLabel.ProductComplaint));
        queue.ShouldContain(item => item.Number == complaint.CaseNumber);
        queue.Select(item => item.NextDueAt).ShouldBeInOrder(SortDirection.Ascending);
    }

    private static async Task<TemplateDto> TemplateAsync(HttpClient client, int caseNumber, string jobCode) =>
        (await client.GetFromJsonAsync<List<TemplateDto>>($"/api/templates?caseNumber={caseNumber}", CareDeskJson.Options))!.Single(template => template.JobCode == jobCode);
}
