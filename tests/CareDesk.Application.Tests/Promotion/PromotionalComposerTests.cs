using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Templates;
using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion.Rules;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Tests.Promotion;

/// <summary>R23: benefit and risk in the same post with a risk link, checked before MLR submission and again at send.</summary>
public sealed class PromotionalComposerTests
{
    [Fact]
    public async Task R23_claim_without_risk_block_fails_the_composer_check_and_MLR_submission_is_refused()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var draft = await MlrFlow.DraftAsync(host, await PromotionFlow.PromotionalInputAsync(host, $"Cardiozen (zenolapril) {PromotionFlow.Claim}."));

        var check = await PromotionFlow.CheckAsync(host, draft.Id);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => MlrFlow.SubmitAsync(host, draft.Id));

        check.CanSubmit.ShouldBeFalse();
        check.Findings.Select(finding => finding.Field).ShouldBe(["mostSeriousRisks", "riskPageUrl"]);
        refusal.Rule.ShouldBeAssignableTo<IUnprocessableRule>();
        refusal.Rule.Field.ShouldBe("mostSeriousRisks");
        (await MlrFlow.ReviewAsync(host, draft.Id)).Template.Status.ShouldBe(TemplateStatus.Draft);
    }

    [Fact]
    public async Task R23_with_risk_block_and_link_265_characters_on_X_passes_and_is_scheduled()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        PromotionFlow.CompliantBody.Length.ShouldBe(265);
        var draft = await MlrFlow.DraftAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody));

        (await PromotionFlow.CheckAsync(host, draft.Id)).CanSubmit.ShouldBeTrue();
        var approved = await MlrFlow.ApprovedAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody, jobCode: "CZ-US-0501"));
        var post = await PromotionFlow.ScheduleAsync(host, approved.Id);

        post.Parts.Single().Text.ShouldBe(PromotionFlow.CompliantBody);
        post.Status.ShouldBe(Domain.Promotion.PromotionalPostStatus.Scheduled);
    }

    [Fact]
    public async Task R23_a_platform_profile_with_a_150_character_limit_is_blocked_when_scheduling_and_again_at_send()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var approved = await MlrFlow.ApprovedAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody));
        var scheduled = await PromotionFlow.ScheduleAsync(host, approved.Id);
        await PromotionFlow.RecordSubmissionAsync(host, approved.Id, new DateOnly(2026, 11, 20));

        await PromotionFlow.SetCharacterLimitAsync(host, 150);
        var atScheduling = await Should.ThrowAsync<BusinessRuleViolationException>(() => PromotionFlow.ScheduleAsync(host, approved.Id));
        var atSend = await Should.ThrowAsync<BusinessRuleViolationException>(() => PromotionFlow.PublishAsync(host, scheduled.Id));

        atScheduling.Message.ShouldBe("benefit+risk does not fit – platform not permitted");
        atSend.Message.ShouldBe(PostMustFitPlatformRule.DoesNotFit);
    }

    [Fact]
    public async Task R23_a_thread_that_puts_the_risk_in_reply_2_is_blocked()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var approved = await MlrFlow.ApprovedAsync(host, await PromotionFlow.PromotionalInputAsync(host, PromotionFlow.CompliantBody));
        var riskOnly = await MlrFlow.ApprovedAsync(host, MlrFlow.Input(jobCode: "CZ-US-0502", body: PromotionFlow.Risks + " " + PromotionFlow.RiskUrl) with { Variables = [] });

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => PromotionFlow.ScheduleAsync(host, approved.Id, riskOnly.Id));

        refusal.Rule.ShouldBeOfType<PromotionalPostMustNotBeSplitAcrossThreadRule>();
        refusal.Message.ShouldContain("cannot be split across a thread");
    }

    [Fact]
    public async Task R23_reminder_posts_are_refused_for_a_product_with_a_boxed_warning_and_allowed_without_one()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host, boxedWarning: true);
        var reminder = await MlrFlow.DraftAsync(host, await PromotionFlow.PromotionalInputAsync(host, "Cardiozen (zenolapril). Ask your doctor.", claim: null));

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => MlrFlow.SubmitAsync(host, reminder.Id));
        await PromotionFlow.SetRiskLibraryAsync(host, boxedWarning: false);

        refusal.Rule.ShouldBeOfType<ReminderPostMustNotPromoteBoxedWarningProductRule>();
        (await MlrFlow.SubmitAsync(host, reminder.Id)).Status.ShouldBe(TemplateStatus.InReview);
    }
}
