using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Domain.Templates;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class TemplatesApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    private static object Draft(string jobCode) => new
    {
        name = "Savings card",
        jobCode,
        body = "Thanks {{first_name}}, see {{url}}.",
        variables = new[] { new { name = "first_name", kind = "first_name" }, new { name = "url", kind = "url" } },
        channelKinds = new[] { "x", "facebook" },
        markets = new[] { "US" },
        category = "service",
    };

    [Fact]
    public async Task R46_an_out_of_sequence_step_answers_409_and_a_withdrawn_version_cannot_be_resubmitted()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var mira = await factory.SignInAsync("mira");
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", Draft("CZ-US-0401")));

        var approveDraft = await mira.PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role = "medical", password = DemoCatalog.DemoPassword, userName = "mira" });
        (await sam.PostJsonAsync($"/api/templates/{draft.Id}/withdraw", new { reason = "Campaign cancelled" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var resubmit = await sam.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { });

        approveDraft.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await approveDraft.ProblemErrorsAsync())["status"].Single().ShouldStartWith("Sequencing");
        resubmit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task R35_signing_without_the_reviewer_role_answers_403_and_R31_a_signature_comes_back_with_name_time_and_meaning()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", Draft("CZ-US-0402")));
        await sam.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { });

        var selfApproval = await sam.PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role = "medical", password = DemoCatalog.DemoPassword, userName = "sam" });
        var mira = await factory.SignInAsync("mira");
        var signed = await mira.PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role = "medical", password = DemoCatalog.DemoPassword, userName = "mira" });

        selfApproval.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        signed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var signature = await CareDeskApplicationFactory.ReadAsync<SignatureDto>(signed);
        signature.PrintedName.ShouldBe("Dr Mira Patel");
        signature.MeaningText.ShouldBe("Medical review: Approved");
        signature.SignedAt.ShouldBe(CareDeskApplicationFactory.Start);
        var review = (await mira.GetFromJsonAsync<TemplateReviewDto>($"/api/templates/{draft.Id}/review", CareDeskJson.Options, TestContext.Current.CancellationToken))!;
        review.Signatures.ShouldHaveSingleItem().Valid.ShouldBeTrue();
        review.Template.Status.ShouldBe(TemplateStatus.InReview);
        review.Previews.Count.ShouldBe(2);
    }
}
