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

    [Fact]
    public async Task R35_publishing_while_legal_review_is_pending_answers_409_sequencing_and_succeeds_once_every_role_approved()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var draft = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", Draft("CZ-US-0404")));
        await sam.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { });
        await (await factory.SignInAsync("mira")).PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role = "medical", password = DemoCatalog.DemoPassword, userName = "mira" });
        await (await factory.SignInAsync("rita")).PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role = "regulatory", password = DemoCatalog.DemoPassword, userName = "rita" });

        var early = await sam.PostJsonAsync($"/api/templates/{draft.Id}/publish", new { });
        await (await factory.SignInAsync("leo")).PostJsonAsync($"/api/templates/{draft.Id}/approve", new { role = "legal", password = DemoCatalog.DemoPassword, userName = "leo" });
        var published = await sam.PostJsonAsync($"/api/templates/{draft.Id}/publish", new { });

        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.ProblemErrorsAsync())["status"].Single().ShouldBe("Sequencing: CZ-US-0404 v1 cannot be published while Legal review is pending.");
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CareDeskApplicationFactory.ReadAsync<TemplateDto>(published)).Status.ShouldBe(TemplateStatus.Approved);
    }

    [Fact]
    public async Task R32_attaching_a_signature_of_v1_to_v2_answers_409_while_on_v1_it_still_verifies()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var v1 = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", Draft("CZ-US-0403")));
        await sam.PostJsonAsync($"/api/templates/{v1.Id}/submit", new { });
        SignatureDto? medical = null;
        foreach (var (reviewer, role) in new[] { ("mira", "medical"), ("leo", "legal"), ("rita", "regulatory") })
        {
            var client = await factory.SignInAsync(reviewer);
            var signed = await client.PostJsonAsync($"/api/templates/{v1.Id}/approve", new { role, password = DemoCatalog.DemoPassword, userName = reviewer });
            medical ??= await CareDeskApplicationFactory.ReadAsync<SignatureDto>(signed);
        }

        var v2 = await CareDeskApplicationFactory.ReadAsync<TemplateDto>(
            await sam.PostJsonAsync($"/api/templates/{v1.Id}/versions", new { body = "Thanks {{first_name}}! See {{url}}." }));
        var moved = await sam.PostJsonAsync($"/api/templates/{v2.Id}/signatures", new { signatureId = medical!.Id });
        var kept = await sam.PostJsonAsync($"/api/templates/{v1.Id}/signatures", new { signatureId = medical.Id });

        v2.Version.ShouldBe(2);
        moved.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await moved.ProblemErrorsAsync())["signatureId"].Single().ShouldContain("cannot be attached to another record");
        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
        var v2Review = (await sam.GetFromJsonAsync<TemplateReviewDto>($"/api/templates/{v2.Id}/review", CareDeskJson.Options, TestContext.Current.CancellationToken))!;
        v2Review.Signatures.ShouldBeEmpty();
        v2Review.Template.Status.ShouldBe(TemplateStatus.Draft);
        var v1Review = (await sam.GetFromJsonAsync<TemplateReviewDto>($"/api/templates/{v1.Id}/review", CareDeskJson.Options, TestContext.Current.CancellationToken))!;
        v1Review.Signatures.Count.ShouldBe(3);
        v1Review.Signatures.ShouldAllBe(signature => signature.Valid && signature.ContentHash == v1Review.ContentHash);
    }
}
