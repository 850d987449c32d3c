using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Moderation;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Common;
using CareDesk.Domain.Moderation;
using CareDesk.Domain.Moderation.Rules;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Tests.Moderation;

/// <summary>Moderation on owned pages: filters and pre-moderation hide, never drop; a person screens before anything leaves the page (R12).</summary>
public sealed class ModerationTests
{
    [Fact]
    public async Task R12_a_profane_AE_comment_is_hidden_publicly_stays_in_triage_flagged_as_AE_and_cannot_be_deleted_before_screening()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.ModerateAsync(ModerationMode.PostModeration);

        var post = await host.IngestAsync("this f***ing drug gave me seizures", channel: ModerationSteps.Page);

        var item = await host.ItemOfCaseAsync(post.CaseNumber);
        item.State.ShouldBe(ModerationState.Hidden);
        item.Reason.ShouldBe(ModerationReason.Profanity);
        item.PendingAction.ShouldBe(PlatformModerationAction.Hide);
        item.Explanation.ShouldNotBeNull().ShouldContain("language our community guidelines do not allow");
        var queue = await host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct));
        queue.Single(found => found.Number == post.CaseNumber).Labels.ShouldContain(TriageLabel.AdverseEvent);
        (await host.QueueAsync()).ShouldContain(found => found.Id == item.Id);

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.DecideAsync(item.Id, ModerationDecision.Remove));
        refusal.RuleName.ShouldBe(nameof(ModerationNeedsScreeningDecisionRule));
        refusal.Rule.ShouldBeAssignableTo<IUnprocessableRule>();
        refusal.Message.ShouldStartWith("Screening decision required");
        (await host.ItemOfCaseAsync(post.CaseNumber)).State.ShouldBe(ModerationState.Hidden);
    }

    [Fact]
    public async Task R12_a_screened_AE_comment_is_deleted_on_the_platform_only_once_the_case_reached_pharmacovigilance()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.ModerateAsync(ModerationMode.PostModeration);
        var post = await host.IngestAsync("this f***ing drug gave me seizures", channel: ModerationSteps.Page);
        var item = await host.ItemOfCaseAsync(post.CaseNumber);

        await host.ScreenAsync(item.Id, adverseEvent: true);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.DecideAsync(item.Id, ModerationDecision.Remove)))
            .RuleName.ShouldBe(nameof(AdverseEventMustReachPvBeforeRemovalRule));

        await host.RunAsync((EscalateCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EscalateCaseCommand(post.CaseNumber, EscalationTarget.Pharmacovigilance, "Seizures reported"), ct));
        var removed = await host.DecideAsync(item.Id, ModerationDecision.Remove);

        removed.State.ShouldBe(ModerationState.Removed);
        removed.PendingAction.ShouldBe(PlatformModerationAction.Remove);
        removed.Explanation.ShouldNotBeNullOrWhiteSpace();
        var still = await host.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(IncludeResolved: true), ct));
        still.ShouldContain(found => found.Number == post.CaseNumber);
    }

    [Fact]
    public async Task A_pre_moderated_page_hides_every_comment_until_a_person_screened_and_published_it()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.ModerateAsync(ModerationMode.PreModeration);
        var post = await host.IngestAsync("Does Cardiozen come in a smaller pack?", channel: ModerationSteps.Page);
        var item = await host.ItemOfCaseAsync(post.CaseNumber);
        item.State.ShouldBe(ModerationState.Hidden);
        item.Reason.ShouldBe(ModerationReason.AwaitingScreening);

        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.DecideAsync(item.Id, ModerationDecision.Publish)))
            .RuleName.ShouldBe(nameof(ModerationNeedsScreeningDecisionRule));
        await host.ScreenAsync(item.Id, adverseEvent: false, medicalInquiry: true);
        var published = await host.DecideAsync(item.Id, ModerationDecision.Publish, note: null);

        published.State.ShouldBe(ModerationState.Visible);
        published.Explanation.ShouldBeNull();
        published.PendingAction.ShouldBeNull(); // the hide never reached the network, so there is nothing to undo there
        (await host.QueueAsync()).ShouldNotContain(found => found.Id == item.Id);
    }

    [Fact]
    public async Task On_a_post_moderated_page_a_clean_comment_stays_visible_and_a_screened_one_can_be_hidden_with_the_guideline_it_breaks()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.ModerateAsync(ModerationMode.PostModeration);
        var clean = await host.IngestAsync("Thanks for the reminder about refills!", channel: ModerationSteps.Page);
        var spam = await host.IngestAsync("Crypto giveaway for Cardiozen fans, click now", channel: ModerationSteps.Page);

        var item = await host.ItemOfCaseAsync(clean.CaseNumber);
        item.State.ShouldBe(ModerationState.Visible);
        item.PendingAction.ShouldBeNull();
        (await host.ItemOfCaseAsync(spam.CaseNumber)).Reason.ShouldBe(ModerationReason.Spam);

        await host.ScreenAsync(item.Id, adverseEvent: false);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.DecideAsync(item.Id, ModerationDecision.Hide, note: " ")))
            .RuleName.ShouldBe(nameof(ModerationNeedsReasonRule));
        var hidden = await host.DecideAsync(item.Id, ModerationDecision.Hide, "Rule 3: off topic");
        hidden.State.ShouldBe(ModerationState.Hidden);
        hidden.Note.ShouldBe("Rule 3: off topic");
        hidden.PendingAction.ShouldBe(PlatformModerationAction.Hide);
    }

    [Fact]
    public async Task A_page_without_moderation_keeps_no_moderation_record_and_marketing_cannot_open_the_queue()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.ModerateAsync(ModerationMode.PostModeration);
        var unmoderated = await host.IngestAsync("this f***ing drug gave me seizures");

        (await host.QueueAsync("all")).ShouldNotContain(found => found.CaseNumber == unmoderated.CaseNumber);
        host.SignInAs("mark", UserRole.Marketing);
        await Should.ThrowAsync<ForbiddenException>(() => host.QueueAsync());
    }
}
