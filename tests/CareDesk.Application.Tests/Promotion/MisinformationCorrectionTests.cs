using CareDesk.Application.Misinformation;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Templates;
using CareDesk.Domain.Common;
using CareDesk.Domain.Misinformation;
using CareDesk.Domain.Misinformation.Rules;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Promotion;

/// <summary>R26: a misinformation correction workflow apart from care, never selective, with affiliation, PI link and a record set.</summary>
public sealed class MisinformationCorrectionTests
{
    private const string ThreadUrl = "https://www.reddit.com/r/hypertension/comments/abc123/cardiozen_miracle";

    [Fact]
    public async Task R26_a_correction_of_only_the_risk_statement_cannot_be_attested_until_the_second_item_is_addressed_or_has_a_rationale()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (correction, template) = await StartAsync(host);

        var selected = await SelectAsync(host, correction.Id, template, addressed: [2]);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => AttestAsync(host, correction.Id));
        var notYetPosted = await Should.ThrowAsync<BusinessRuleViolationException>(() => DeliverAsync(host, correction.Id));
        await host.RunAsync((DocumentMisinformationRationaleHandler handler, CancellationToken ct) => handler.HandleAsync(
            new DocumentMisinformationRationaleCommand(correction.Id, 1, "The efficacy claim was removed by the moderator before we replied."), ct));
        var attested = await AttestAsync(host, correction.Id);

        selected.CanAttest.ShouldBeFalse();
        refusal.Rule.ShouldBeOfType<AllMisinformationMustBeAddressedRule>();
        refusal.Message.ShouldContain("item 1 (positive) has no correction and no documented rationale");
        notYetPosted.Rule.ShouldBeOfType<CorrectionMustBeAttestedBeforeDeliveryRule>();
        attested.Status.ShouldBe(MisinformationCorrectionStatus.Attested);
        attested.AttestedBy.ShouldBe("alice");
    }

    [Fact]
    public async Task R26_posted_correction_has_the_affiliation_line_and_PI_link_and_the_export_lists_every_record_field()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (correction, template) = await StartAsync(host);
        await SelectAsync(host, correction.Id, template, addressed: [1, 2]);
        await AttestAsync(host, correction.Id);
        host.AdvanceTime(TimeSpan.FromHours(2));
        var posted = await DeliverAsync(host, correction.Id);
        await host.RunAsync((RecordSiteOwnerOutcomeHandler handler, CancellationToken ct) => handler.HandleAsync(new RecordSiteOwnerOutcomeCommand(correction.Id, true), ct));

        var csv = await host.RunAsync((ExportMisinformationRecordsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        posted.CorrectionText!.ShouldStartWith("This correction is posted by Zenith Pharma Ltd, the maker of Cardiozen (zenolapril).");
        posted.CorrectionText.ShouldEndWith("Full Prescribing Information: " + PromotionFlow.PiUrl);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', ExportMisinformationRecordsHandler.Columns));
        lines.Length.ShouldBe(3);
        lines[1].ShouldContain(ThreadUrl);
        lines[1].ShouldContain("2026-11-23T13:00:00Z");
        lines[1].ShouldContain("Cardiozen cures hypertension in a week");
        lines[2].ShouldContain("Cardiozen causes kidney failure in most patients");
        lines[1].ShouldContain("posted_in_forum,2026-11-23T16:00:00Z,yes");
        csv.ShouldContain("Full Prescribing Information: " + PromotionFlow.PiUrl);
    }

    [Fact]
    public async Task R26_a_promotional_template_cannot_be_the_correction()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var (correction, _) = await StartAsync(host);
        var promotional = await MlrFlow.ApprovedAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody));

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => SelectAsync(host, correction.Id, promotional.Id, addressed: [1, 2]));

        refusal.Rule.ShouldBeOfType<CorrectionMustBeApprovedNonPromotionalContentRule>();
    }

    private static async Task<(MisinformationCorrectionDto Correction, Guid TemplateId)> StartAsync(ApplicationTestHost host)
    {
        await PromotionFlow.SetRiskLibraryAsync(host);
        var template = await MlrFlow.ApprovedAsync(host, MlrFlow.Input(jobCode: "CZ-US-0900",
            body: "Clinical studies show Cardiozen lowers blood pressure gradually over weeks, and kidney problems are uncommon; see the label for details.") with
        { Variables = [] });
        host.SignInAs("alice", UserRole.Agent);
        var correction = await host.RunAsync((StartMisinformationCorrectionHandler handler, CancellationToken ct) => handler.HandleAsync(
            new StartMisinformationCorrectionCommand("Cardiozen", ThreadUrl, "u/bp_guru: Cardiozen cures hypertension in a week! Also it causes kidney failure in most patients.",
                [new("Cardiozen cures hypertension in a week", MisinformationDirection.Positive), new("Cardiozen causes kidney failure in most patients", MisinformationDirection.Negative)],
                ApplicationTestHost.Start.AddHours(-1)), ct));
        return (correction, template.Id);
    }

    private static Task<MisinformationCorrectionDto> SelectAsync(ApplicationTestHost host, Guid id, Guid templateId, int[] addressed)
    {
        host.SignInAs("alice", UserRole.Agent);
        return host.RunAsync((SelectMisinformationCorrectionHandler handler, CancellationToken ct) => handler.HandleAsync(new SelectMisinformationCorrectionCommand(id, templateId, null, addressed), ct));
    }

    private static Task<MisinformationCorrectionDto> AttestAsync(ApplicationTestHost host, Guid id)
    {
        host.SignInAs("alice", UserRole.Agent);
        return host.RunAsync((AttestMisinformationCorrectionHandler handler, CancellationToken ct) => handler.HandleAsync(id, ct));
    }

    private static Task<MisinformationCorrectionDto> DeliverAsync(ApplicationTestHost host, Guid id)
    {
        host.SignInAs("alice", UserRole.Agent);
        return host.RunAsync((RecordCorrectionDeliveryHandler handler, CancellationToken ct) => handler.HandleAsync(new RecordCorrectionDeliveryCommand(id, CorrectionDelivery.PostedInForum), ct));
    }
}
