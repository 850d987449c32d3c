using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Promotion;
using CareDesk.Application.Templates;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>The promotional rules over HTTP: a broken rule answers 422 with the requirement's exact message, keyed by field (R22, R28).</summary>
public sealed class PromotionApiTests(CareDeskApplicationFactory factory) : IClassFixture<CareDeskApplicationFactory>
{
    [Fact]
    public async Task R22_scheduling_a_proactive_X_post_with_an_SIUU_template_answers_422_SIUU_content_not_permitted()
    {
        var template = await DraftAsync("CZ-US-0601", "Study data on use in children: see the attached reprint.", new[] { "x" }, new[] { "US" }, "service", siuu: true);
        await ApproveAsync(template.Id);
        var sam = await factory.SignInAsSupervisorAsync();

        var refused = await sam.PostJsonAsync("/api/promotion/posts", new { channelKey = "x-cardiozen-us", parts = new[] { new { templateId = template.Id } } });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ProblemErrorsAsync())["templateId"].Single().ShouldBe("SIUU content not permitted in public/proactive posts");
    }

    [Fact]
    public async Task R28_submitting_a_UK_promotional_template_without_the_statement_answers_422_Clause_12_9_statement_missing()
    {
        var sam = await factory.SignInAsSupervisorAsync();
        var risk = await CareDeskApplicationFactory.ReadAsync<ProductRiskDto>(await sam.PutAsJsonAsync("/api/promotion/risk-library", new
        {
            brand = "Cardiozen",
            proprietaryName = "Cardiozen",
            establishedName = "zenolapril",
            mostSeriousRisks = "Serious risks: dizziness and fainting.",
            riskPageUrl = "https://cardiozen.example/risks",
            prescribingInformationUrl = "https://cardiozen.example/pi",
            companyName = "Zenith Pharma Ltd",
            boxedWarning = false,
        }, CareDeskJson.Options, TestContext.Current.CancellationToken));
        var draft = await DraftAsync("CZ-UK-0601", "Cardiozen (zenolapril) lowers blood pressure. Serious risks: dizziness and fainting. https://cardiozen.example/risks",
            new[] { "email" }, new[] { "UK" }, "promotional", brandId: risk.BrandId, benefitClaim: "lowers blood pressure");

        var check = await CareDeskApplicationFactory.ReadAsync<PromotionalCheckDto>(await sam.GetAsync($"/api/promotion/templates/{draft.Id}/check", TestContext.Current.CancellationToken));
        var refused = await sam.PostJsonAsync($"/api/templates/{draft.Id}/submit", new { });

        check.CanSubmit.ShouldBeFalse();
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ProblemErrorsAsync())["body"].Single().ShouldBe("Clause 12.9 statement missing");
    }

    private async Task<TemplateDto> DraftAsync(string jobCode, string body, string[] channels, string[] markets, string category, bool siuu = false, Guid? brandId = null,
        string? benefitClaim = null)
    {
        var sam = await factory.SignInAsSupervisorAsync();
        return await CareDeskApplicationFactory.ReadAsync<TemplateDto>(await sam.PostJsonAsync("/api/templates/drafts", new
        {
            name = "Promotional rules",
            jobCode,
            body,
            channelKinds = channels,
            markets,
            category,
            siuu,
            brandId,
            benefitClaim,
        }));
    }

    private async Task ApproveAsync(Guid id)
    {
        var sam = await factory.SignInAsSupervisorAsync();
        (await sam.PostJsonAsync($"/api/templates/{id}/submit", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (reviewer, role) in new[] { ("mira", "medical"), ("leo", "legal"), ("rita", "regulatory") })
        {
            var client = await factory.SignInAsync(reviewer);
            (await client.PostJsonAsync($"/api/templates/{id}/approve", new { role, password = DemoCatalog.DemoPassword, userName = reviewer })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
