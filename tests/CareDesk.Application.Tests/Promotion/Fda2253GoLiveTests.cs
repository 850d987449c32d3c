using CareDesk.Application.Reporting.Fda2253;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Templates;
using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion.Rules;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Promotion;

/// <summary>R27 completion: a "2253 required" version goes live only with a submitted date; its first use is recorded; proactive posts join the monthly listing.</summary>
public sealed class Fda2253GoLiveTests
{
    [Fact]
    public async Task R27_2253_required_template_without_submission_date_cannot_be_published_and_with_one_records_first_use()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var approved = await MlrFlow.ApprovedAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody));
        var post = await PromotionFlow.ScheduleAsync(host, approved.Id);

        var templateRefusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((PublishTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(approved.Id, ct)));
        var postRefusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => PromotionFlow.PublishAsync(host, post.Id));
        await PromotionFlow.RecordSubmissionAsync(host, approved.Id, new DateOnly(2026, 11, 23));
        host.AdvanceTime(TimeSpan.FromMinutes(5));
        var published = await PromotionFlow.PublishAsync(host, post.Id, externalId: "1860000000000000001");

        approved.Fda2253Required.ShouldBeTrue();
        templateRefusal.Rule.ShouldBeOfType<Fda2253MustBeSubmittedBeforeGoingLiveRule>();
        postRefusal.Rule.ShouldBeOfType<Fda2253MustBeSubmittedBeforeGoingLiveRule>();
        postRefusal.Message.ShouldStartWith("2253 required");
        (await host.RunAsync((PublishTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(approved.Id, ct))).FirstDisseminatedAt
            .ShouldBe(ApplicationTestHost.Start.AddMinutes(5));
        published.Url.ShouldBe("https://x.com/i/web/status/1860000000000000001");
    }

    [Fact]
    public async Task R27_monthly_interactive_url_listing_includes_the_thread_of_a_published_promotional_post()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var approved = await MlrFlow.ApprovedAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody));
        await PromotionFlow.RecordSubmissionAsync(host, approved.Id, new DateOnly(2026, 11, 23));
        var post = await PromotionFlow.ScheduleAsync(host, approved.Id);
        await PromotionFlow.PublishAsync(host, post.Id, externalId: "1860000000000000002");

        host.SignInAs("sam", UserRole.Supervisor);
        var package = await host.RunAsync((GetFda2253PackageHandler handler, CancellationToken ct) => handler.HandleAsync(new Fda2253Query("Cardiozen", 2026, 11), ct));

        var thread = package.Threads.Single(item => item.Url == "https://x.com/i/web/status/1860000000000000002");
        thread.Promotional.ShouldBeTrue();
        thread.JobCodes.ShouldBe(["CZ-US-0500"]);
        package.Communications.Single(item => item.JobCode == "CZ-US-0500").Text.ShouldBe(PromotionFlow.CompliantBody);
    }
}
