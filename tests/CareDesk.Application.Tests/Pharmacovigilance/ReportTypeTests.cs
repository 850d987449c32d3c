using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Rules;

namespace CareDesk.Application.Tests.Pharmacovigilance;

public sealed class ReportTypeTests
{
    [Fact]
    public async Task R2_an_organic_post_is_spontaneous_by_default()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash, channel: "facebook-cardiozen-us");

        (await host.OpenPvAsync(post.CaseNumber)).ReportType.ShouldBe(ReportType.Spontaneous);
    }

    [Fact]
    public async Task R2_a_solicited_report_is_sent_to_pv_only_after_a_causality_value_is_entered()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash, channel: "webchat-respiro-uk");
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll(type: ReportType.Solicited));

        var blocked = await host.OpenPvAsync(post.CaseNumber);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.HandOffAsync(post.CaseNumber));
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll(type: ReportType.Solicited, causality: "Possibly related"));
        var sent = await host.HandOffAsync(post.CaseNumber);

        blocked.HandoffBlockers.ShouldHaveSingleItem().ShouldContain("causality");
        refusal.RuleName.ShouldBe(nameof(SolicitedReportNeedsCausalityRule));
        sent.MessageId.ShouldNotBeNullOrWhiteSpace();
        (await host.ExportAsync(post.CaseNumber)).Xml.ShouldContain("Possibly related");
    }
}
