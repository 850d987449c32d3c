using CareDesk.Application.Channels;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Channels;
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

    [Fact]
    public async Task R2_a_case_from_a_configured_chatbot_survey_flow_is_solicited_and_send_to_pv_stays_disabled_until_causality()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var organic = await host.PostAsync(PvSteps.MumRash, channel: "facebook-cardiozen-us");
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);
        await host.RunAsync((SetChannelSourceHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetChannelSourceCommand("webchat-respiro-uk", DataCollectionSource.ChatbotFlow), ct));
        var survey = await host.PostAsync(PvSteps.MumRash, channel: "webchat-respiro-uk");

        var spontaneous = await host.OpenPvAsync(organic.CaseNumber);
        var solicited = await host.OpenPvAsync(survey.CaseNumber);
        await host.ReviewAsync(survey.CaseNumber, PvSteps.ConfirmAll(type: solicited.ReportType));
        var blocked = await host.OpenPvAsync(survey.CaseNumber);
        await host.ReviewAsync(survey.CaseNumber, PvSteps.ConfirmAll(type: solicited.ReportType, causality: "Probable"));
        var ready = await host.OpenPvAsync(survey.CaseNumber);
        await host.HandOffAsync(survey.CaseNumber);

        spontaneous.ReportType.ShouldBe(ReportType.Spontaneous);
        solicited.ReportType.ShouldBe(ReportType.Solicited);
        blocked.HandoffBlockers.ShouldHaveSingleItem().ShouldContain("causality");
        ready.HandoffBlockers.ShouldBeEmpty();
        var xml = (await host.ExportAsync(survey.CaseNumber)).Xml;
        xml.ShouldContain("codeSystem=\"2.16.840.1.113883.3.989.2.1.1.2\"");
        System.Xml.Linq.XDocument.Parse(xml).Descendants().Single(element => element.Name.LocalName == "investigationCharacteristic")
            .Elements().Single(element => element.Name.LocalName == "value").Attribute("code")!.Value.ShouldBe("2");
    }

    [Fact]
    public async Task R2_only_a_content_manager_sets_a_channel_source_and_the_change_is_audited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var command = new SetChannelSourceCommand("webchat-respiro-uk", DataCollectionSource.PatientSupportProgramme);

        await Should.ThrowAsync<Exception>(() => host.RunAsync((SetChannelSourceHandler handler, CancellationToken ct) => handler.HandleAsync(command, ct)));
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);
        await host.RunAsync((SetChannelSourceHandler handler, CancellationToken ct) => handler.HandleAsync(command, ct));

        var entry = await host.QueryAsync((db, ct) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.AuditEntries, item => item.Action == "channel.source_set", ct));
        entry.After!.ShouldContain("patient_support_programme");
    }
}
