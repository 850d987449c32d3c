using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Tests.Templates;

public sealed class MlrTemplateLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    internal static TemplateContent Content(string body = "Thanks {{first_name}}, see {{url}}.", string[]? markets = null,
        TemplateCategory category = TemplateCategory.Service, ChannelKind[]? channels = null, DateOnly? expiresOn = null) =>
        new("Savings", "CZ-US-0200", body, [new("first_name", TemplateVariableKind.FirstName), new("url", TemplateVariableKind.Url)], [],
            channels ?? [ChannelKind.X, ChannelKind.Facebook], markets ?? ["US"], category, Today, Today, expiresOn ?? Today.AddMonths(12));

    internal static ResponseTemplate InReview(TemplateContent? content = null)
    {
        var template = ResponseTemplate.CreateDraft(content ?? Content(), "sam", Now);
        template.SubmitForReview(Now);
        return template;
    }

    internal static ResponseTemplate Approved(TemplateContent? content = null)
    {
        var template = InReview(content);
        template.RecordApproval(ReviewerRole.Medical, "mira", [ReviewerRole.Medical], Guid.NewGuid(), Now);
        template.RecordApproval(ReviewerRole.Legal, "leo", [ReviewerRole.Legal], Guid.NewGuid(), Now);
        template.RecordApproval(ReviewerRole.Regulatory, "rita", [ReviewerRole.Regulatory], Guid.NewGuid(), Now);
        return template;
    }

    [Theory]
    [InlineData(TemplateStatus.Draft, TemplateStatus.Approved)]
    [InlineData(TemplateStatus.Draft, TemplateStatus.Expired)]
    [InlineData(TemplateStatus.Expired, TemplateStatus.Approved)]
    [InlineData(TemplateStatus.Withdrawn, TemplateStatus.Approved)]
    [InlineData(TemplateStatus.Withdrawn, TemplateStatus.Draft)]
    [InlineData(TemplateStatus.Superseded, TemplateStatus.Approved)]
    [InlineData(TemplateStatus.Approved, TemplateStatus.Draft)]
    [InlineData(TemplateStatus.Approved, TemplateStatus.InReview)]
    [InlineData(TemplateStatus.ReviseAndResubmit, TemplateStatus.Approved)]
    public void R46_illegal_lifecycle_transitions_are_refused_as_sequencing_conflicts(TemplateStatus from, TemplateStatus to)
    {
        var rule = new TemplateTransitionMustBeAllowedRule(from, to);

        rule.IsBroken().ShouldBeTrue();
        rule.ShouldBeAssignableTo<ISequencingRule>();
    }

    [Fact]
    public void R46_a_draft_cannot_be_approved_without_review_and_a_withdrawn_version_never_comes_back()
    {
        var draft = ResponseTemplate.CreateDraft(Content(), "sam", Now);
        Should.Throw<BusinessRuleViolationException>(() => draft.RecordApproval(ReviewerRole.Medical, "mira", [ReviewerRole.Medical], Guid.NewGuid(), Now))
            .RuleName.ShouldBe(nameof(TemplateTransitionMustBeAllowedRule));

        var approved = Approved();
        approved.Withdraw("Superseded claim", Now);
        approved.Status.ShouldBe(TemplateStatus.Withdrawn);
        approved.IsUsableOn(Today, ChannelKind.X, "US").ShouldBeFalse();
        Should.Throw<BusinessRuleViolationException>(() => approved.SubmitForReview(Now)).RuleName.ShouldBe(nameof(TemplateTransitionMustBeAllowedRule));
    }

    [Fact]
    public void R47_with_medical_and_legal_approved_and_regulatory_pending_the_version_stays_in_review()
    {
        var template = InReview();
        template.RecordApproval(ReviewerRole.Medical, "mira", [ReviewerRole.Medical], Guid.NewGuid(), Now).ShouldBeFalse();
        template.RecordApproval(ReviewerRole.Legal, "leo", [ReviewerRole.Legal], Guid.NewGuid(), Now).ShouldBeFalse();

        template.Status.ShouldBe(TemplateStatus.InReview);
        template.PendingRoles.ShouldBe([ReviewerRole.Regulatory]);
        template.RecordApproval(ReviewerRole.Regulatory, "rita", [ReviewerRole.Regulatory], Guid.NewGuid(), Now).ShouldBeTrue();
        template.Status.ShouldBe(TemplateStatus.Approved);
    }

    [Fact]
    public void R47_a_not_approved_verdict_needs_a_comment_and_moves_the_version_to_revise_and_resubmit_with_no_approvals()
    {
        var template = InReview();
        template.RecordApproval(ReviewerRole.Medical, "mira", [ReviewerRole.Medical], Guid.NewGuid(), Now);

        Should.Throw<BusinessRuleViolationException>(() => template.Reject(ReviewerRole.Regulatory, "rita", [ReviewerRole.Regulatory], " ", Now))
            .RuleName.ShouldBe(nameof(RejectionMustGiveReasonRule));
        template.Reject(ReviewerRole.Regulatory, "rita", [ReviewerRole.Regulatory], "Add the black-box warning link", Now);

        template.Status.ShouldBe(TemplateStatus.ReviseAndResubmit);
        template.StatusReason.ShouldBe("Add the black-box warning link");
        template.Approvals.ShouldBeEmpty();
    }

    [Fact]
    public void R47_one_person_cannot_fill_two_required_roles()
    {
        var template = InReview();
        template.RecordApproval(ReviewerRole.Medical, "mira", [ReviewerRole.Medical, ReviewerRole.Legal], Guid.NewGuid(), Now);

        Should.Throw<BusinessRuleViolationException>(() => template.RecordApproval(ReviewerRole.Legal, "mira", [ReviewerRole.Medical, ReviewerRole.Legal], Guid.NewGuid(), Now))
            .RuleName.ShouldBe(nameof(ReviewerRoleMustApproveOnceRule));
    }

    [Fact]
    public void R35_the_author_cannot_approve_and_a_user_without_the_role_cannot_sign_as_it()
    {
        var template = InReview();

        Should.Throw<BusinessRuleViolationException>(() => template.RecordApproval(ReviewerRole.Medical, "sam", [ReviewerRole.Medical], Guid.NewGuid(), Now))
            .Rule.ShouldBeOfType<AuthorMustNotApproveOwnTemplateRule>().ShouldBeAssignableTo<IAuthorityRule>();
        Should.Throw<BusinessRuleViolationException>(() => template.RecordApproval(ReviewerRole.Medical, "leo", [ReviewerRole.Legal], Guid.NewGuid(), Now))
            .RuleName.ShouldBe(nameof(SignerMustHoldReviewerRoleRule));
        template.Approvals.ShouldBeEmpty();
    }

    [Fact]
    public void R48_a_change_is_a_new_unsigned_draft_version_with_the_same_job_code_and_a_new_material_id()
    {
        var v1 = Approved();

        var v2 = v1.NewVersion(v1.Content with { Body = "Thanks {{first_name}}! See {{url}}." }, "sam", Now);

        v2.Version.ShouldBe(2);
        v2.Status.ShouldBe(TemplateStatus.Draft);
        v2.Approvals.ShouldBeEmpty();
        v2.FamilyId.ShouldBe(v1.FamilyId);
        v2.JobCode.ShouldBe(v1.JobCode);
        v2.MaterialId.ShouldBe("CZ-US-0200 v2");
        v1.MaterialId.ShouldBe("CZ-US-0200 v1");
        v1.Status.ShouldBe(TemplateStatus.Approved);
        v1.IsUsableOn(Today, ChannelKind.X, "US").ShouldBeTrue();
        v2.ContentHash().ShouldNotBe(v1.ContentHash());
    }

    [Fact]
    public void R25_a_promotional_template_for_the_UK_or_EU_cannot_be_approved_for_public_channels()
    {
        Should.Throw<BusinessRuleViolationException>(() => ResponseTemplate.CreateDraft(Content(markets: ["UK"], category: TemplateCategory.Promotional), "sam", Now))
            .RuleName.ShouldBe(nameof(PrescriptionPromotionMustNotReachEuropeanPublicRule));
        Should.Throw<BusinessRuleViolationException>(() => ResponseTemplate.CreateDraft(Content(markets: ["DE"], category: TemplateCategory.Promotional, channels: []), "sam", Now))
            .RuleName.ShouldBe(nameof(PrescriptionPromotionMustNotReachEuropeanPublicRule));

        ResponseTemplate.CreateDraft(Content(markets: ["US"], category: TemplateCategory.Promotional), "sam", Now).Category.ShouldBe(TemplateCategory.Promotional);
        ResponseTemplate.CreateDraft(Content(markets: ["UK"], category: TemplateCategory.Promotional, channels: [ChannelKind.Email]), "sam", Now).Markets.ShouldBe(["UK"]);
    }

    [Fact]
    public void R25_a_template_approved_for_the_US_is_usable_on_a_US_channel_and_not_on_a_German_one()
    {
        var template = Approved();

        template.IsUsableOn(Today, ChannelKind.X, "US").ShouldBeTrue();
        var refusal = Should.Throw<BusinessRuleViolationException>(() => template.Render(new Dictionary<string, string> { ["first_name"] = "Ana", ["url"] = "https://a.example" }, Today, ChannelKind.X, "DE"));
        refusal.Message.ShouldContain("not approved for DE");
    }

    [Fact]
    public void R49_UK_material_cannot_expire_more_than_24_months_after_it_takes_effect()
    {
        Should.Throw<BusinessRuleViolationException>(() => ResponseTemplate.CreateDraft(Content(markets: ["UK"], expiresOn: Today.AddMonths(25)), "sam", Now))
            .RuleName.ShouldBe(nameof(TemplateDatesMustBeConsistentRule));
        ResponseTemplate.CreateDraft(Content(markets: ["UK"], expiresOn: Today.AddMonths(24)), "sam", Now).ExpiresOn.ShouldBe(Today.AddMonths(24));
    }

    [Fact]
    public void R49_an_approved_version_warns_30_days_ahead_and_expires_the_day_after_its_expiry_date()
    {
        var template = Approved(Content(expiresOn: Today.AddDays(40)));

        template.DaysUntilExpiry(Today, 30).ShouldBeNull();
        template.DaysUntilExpiry(Today.AddDays(10), 30).ShouldBe(30);
        template.ExpireIfDue(Today.AddDays(40), Now).ShouldBeFalse();
        template.IsUsableOn(Today.AddDays(41), ChannelKind.X, "US").ShouldBeFalse();
        template.ExpireIfDue(Today.AddDays(41), Now).ShouldBeTrue();
        template.Status.ShouldBe(TemplateStatus.Expired);
    }

    [Fact]
    public void R52_the_preview_renders_per_allowed_channel_with_the_networks_limit_and_flags_an_over_long_X_reply()
    {
        var longBody = "Thanks {{first_name}}, see {{url}}. " + new string('x', 260);
        var previews = ChannelPreview.For(Approved(Content(body: longBody)));

        previews.Select(preview => preview.Channel).ShouldBe([ChannelKind.X, ChannelKind.Facebook]);
        var x = previews.Single(preview => preview.Channel == ChannelKind.X);
        x.Limit.ShouldBe(280);
        x.OverLimit.ShouldBeTrue();
        x.VisiblePart.Length.ShouldBe(280);
        x.Text.ShouldStartWith("Thanks Alexandra, see https://");
        previews.Single(preview => preview.Channel == ChannelKind.Facebook).OverLimit.ShouldBeFalse();
    }
}
