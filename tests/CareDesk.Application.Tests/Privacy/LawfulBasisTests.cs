using CareDesk.Application.Privacy;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Privacy;

public sealed class LawfulBasisTests
{
    [Fact]
    public async Task R40_an_AE_reporter_cannot_be_added_to_a_marketing_audience_and_consenting_care_authors_can()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverseEvent = await host.PostAsync(PvSteps.MumRash, "@sam_r");
        var care = await host.PostAsync("Do you have the leaflet in large print?", "@fan_1");
        await host.ConsentAsync("@fan_1", ProcessingPurpose.Marketing, ConsentDecision.Granted, version: "m1", source: "newsletter sign-up");
        host.SignInAs("sven", UserRole.Supervisor);

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => ExportAsync(host, adverseEvent.CaseNumber, care.CaseNumber));
        var audience = await ExportAsync(host, care.CaseNumber);

        refused.Message.ShouldContain("purpose 'PV' not compatible with 'marketing'");
        audience.ShouldBe([new MarketingAudienceMember(ApplicationTestHost.DefaultChannel, "@fan_1")]);
    }

    [Fact]
    public void R40_the_processing_activity_report_lists_every_purpose_with_its_lawful_basis_and_Art_9_condition()
    {
        var report = new GetProcessingActivityReportHandler().Handle();

        report.Select(activity => activity.Purpose).ShouldBe(Enum.GetValues<ProcessingPurpose>(), ignoreOrder: true);
        report.ShouldAllBe(activity => activity.LawfulBasis.StartsWith("Art 6(1)") && activity.HealthDataCondition.Length > 0);
        var pv = report.Single(activity => activity.Purpose == ProcessingPurpose.Pharmacovigilance);
        pv.LawfulBasis.ShouldStartWith("Art 6(1)(c)");
        pv.HealthDataCondition.ShouldStartWith("Art 9(2)(i)");
        report.Single(activity => activity.Purpose == ProcessingPurpose.Marketing).HealthDataCondition.ShouldContain("Art 9(2)(a)");
    }

    private static Task<IReadOnlyList<MarketingAudienceMember>> ExportAsync(ApplicationTestHost host, params int[] caseNumbers) =>
        host.RunAsync((ExportMarketingAudienceHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportMarketingAudienceCommand(caseNumbers), ct));
}
