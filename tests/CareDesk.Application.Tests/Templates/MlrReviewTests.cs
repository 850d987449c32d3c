using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static CareDesk.Application.Tests.Templates.MlrFlow;

namespace CareDesk.Application.Tests.Templates;

/// <summary>Acceptance tests of the MLR template workflow and its Part 11 signatures (R24-R25, R31-R35, R46-R52).</summary>
public sealed class MlrReviewTests
{
    [Fact]
    public async Task R24_a_draft_is_not_offered_or_sendable_and_the_approved_version_is_sent_with_its_id_version_and_job_code()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the Cardiozen savings card?");
        var draft = await InReviewAsync(host);

        (await PickerAsync(host, post.CaseNumber)).ShouldNotContain(template => template.Id == draft.Id);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => SendAsync(host, post.CaseNumber, draft.Id))).RuleName.ShouldBe(nameof(TemplateMustBeUsableRule));

        await ApproveByAllAsync(host, draft.Id);
        (await PickerAsync(host, post.CaseNumber)).ShouldContain(template => template.Id == draft.Id);
        var sent = await SendAsync(host, post.CaseNumber, draft.Id);

        var reply = await host.QueryAsync((db, ct) => db.Replies.SingleAsync(item => item.Id == sent.ReplyId, ct));
        reply.Text.ShouldBe("Thanks Jamie, see https://cardiozen.example/savings.");
        reply.TemplateId.ShouldBe(draft.Id);
        reply.TemplateVersion.ShouldBe(1);
        reply.JobCode.ShouldBe("CZ-US-0300");
    }

    [Fact]
    public async Task R25_a_template_approved_for_the_US_is_not_offered_on_a_UK_channel_and_sending_it_there_is_refused()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, Input(markets: ["US"]));
        var us = await host.IngestAsync("Where can I find the savings card?");
        var uk = await host.IngestAsync("Where can I find the savings card?", channel: "email-medinfo-uk");

        (await PickerAsync(host, us.CaseNumber)).ShouldContain(item => item.Id == template.Id);
        (await PickerAsync(host, uk.CaseNumber)).ShouldNotContain(item => item.Id == template.Id);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => SendAsync(host, uk.CaseNumber, template.Id));
        refusal.Message.ShouldContain("not approved for UK");
    }

    [Fact]
    public async Task R25_a_promotional_UK_template_for_public_channels_cannot_even_be_drafted()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => DraftAsync(host, Input(markets: ["UK"]) with { Category = TemplateCategory.Promotional }));

        refusal.RuleName.ShouldBe(nameof(PrescriptionPromotionMustNotReachEuropeanPublicRule));
    }

    [Fact]
    public async Task R25_a_draft_must_name_the_markets_it_is_for()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => DraftAsync(host, Input() with { Markets = [] }));

        refusal.Errors.Keys.ShouldBe(["markets"]);
    }

    [Fact]
    public async Task R31_an_approval_shows_the_printed_name_the_UTC_time_and_the_meaning_and_cannot_be_signed_without_a_meaning()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await InReviewAsync(host);

        var missingMeaning = await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template.Id, "mira", role: null));
        missingMeaning.Errors.Keys.ShouldContain("role");
        host.AdvanceTime(TimeSpan.FromSeconds(11));
        await ApproveAsync(host, template.Id, "mira", ReviewerRole.Medical);

        var signature = (await ReviewAsync(host, template.Id)).Signatures.ShouldHaveSingleItem();
        signature.PrintedName.ShouldBe("Dr Mira Patel");
        signature.MeaningText.ShouldBe("Medical review: Approved");
        signature.SignedAt.ShouldBe(ApplicationTestHost.Start.AddSeconds(11));
        signature.SignedAt.Offset.ShouldBe(TimeSpan.Zero);
        signature.Valid.ShouldBeTrue();
    }

    [Fact]
    public async Task R32_a_change_makes_an_unsigned_new_version_while_the_old_signatures_still_verify_and_cannot_be_moved()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var v1 = await ApprovedAsync(host);
        var signedHash = (await ReviewAsync(host, v1.Id)).Signatures.Select(signature => signature.ContentHash).Distinct().ShouldHaveSingleItem();

        host.SignInAs("sam", UserRole.Supervisor);
        var v2 = await host.RunAsync((CreateTemplateVersionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateTemplateVersionCommand(v1.Id, Input(body: "Thanks {{first_name}}! See {{url}}.")), ct));

        v2.Version.ShouldBe(2);
        v2.Status.ShouldBe(TemplateStatus.Draft);
        (await ReviewAsync(host, v2.Id)).Signatures.ShouldBeEmpty();
        var v1Review = await ReviewAsync(host, v1.Id);
        v1Review.ContentHash.ShouldBe(signedHash);
        v1Review.Signatures.Count.ShouldBe(3);
        v1Review.Signatures.ShouldAllBe(signature => signature.Valid);

        await Should.ThrowAsync<AppendOnlyViolationException>(() => host.QueryAsync(async (db, ct) =>
        {
            var signature = await db.Signatures.FirstAsync(item => item.RecordId == v1.Id, ct);
            db.Entry(signature).Property(item => item.RecordId).CurrentValue = v2.Id;
            return await db.SaveChangesAsync(ct);
        }));
        (await ReviewAsync(host, v2.Id)).Signatures.ShouldBeEmpty();
    }

    [Fact]
    public async Task R32_a_signature_shows_as_invalid_once_the_signed_content_no_longer_matches_its_hash()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await InReviewAsync(host);
        await ApproveAsync(host, template.Id, "mira", ReviewerRole.Medical);

        await host.QueryAsync((db, ct) => db.Database.ExecuteSqlRawAsync("UPDATE Templates SET Body = 'Thanks {{first_name}}, visit {{url}}.'", ct));

        (await ReviewAsync(host, template.Id)).Signatures.ShouldHaveSingleItem().Valid.ShouldBeFalse();
    }

    [Fact]
    public async Task R33_signing_needs_the_signed_in_users_password_again_and_a_wrong_one_signs_nothing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await InReviewAsync(host);

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template.Id, "mira", ReviewerRole.Medical, "not-my-password"));
        refusal.Errors.Keys.ShouldBe(["password"]);
        await Should.ThrowAsync<ValidationFailedException>(() => ApproveAsync(host, template.Id, "mira", ReviewerRole.Medical, password: null));

        (await ReviewAsync(host, template.Id)).Signatures.ShouldBeEmpty();
        (await ReviewAsync(host, template.Id)).Template.PendingRoles.ShouldContain(ReviewerRole.Medical);
    }

    [Fact]
    public async Task R35_an_author_who_holds_the_medical_role_cannot_approve_their_own_template_nor_can_a_user_without_the_role()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var hash = await host.RunAsync((IPasswordHasher hasher, CancellationToken _) => Task.FromResult(hasher.Hash(DemoCatalog.DemoPassword)));
        await host.QueryAsync((db, ct) =>
        {
            db.Users.Add(UserAccount.Create("drsam", "Dr Sam Author", UserRole.Supervisor, null, hash, [ReviewerRole.Medical]));
            return db.SaveChangesAsync(ct);
        });
        host.SignInAs("drsam", UserRole.Supervisor);
        var template = await host.RunAsync((CreateTemplateDraftHandler handler, CancellationToken ct) => handler.HandleAsync(Input(), ct));

        (await Should.ThrowAsync<BusinessRuleViolationException>(() => ApproveAsync(host, template.Id, "mira", ReviewerRole.Medical)))
            .RuleName.ShouldBe(nameof(TemplateTransitionMustBeAllowedRule));
        await SubmitAsync(host, template.Id);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => ApproveAsync(host, template.Id, "drsam", ReviewerRole.Medical)))
            .RuleName.ShouldBe(nameof(AuthorMustNotApproveOwnTemplateRule));
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => ApproveAsync(host, template.Id, "alice", ReviewerRole.Medical)))
            .RuleName.ShouldBe(nameof(SignerMustHoldReviewerRoleRule));
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => ApproveAsync(host, template.Id, "leo", ReviewerRole.Medical)))
            .RuleName.ShouldBe(nameof(SignerMustHoldReviewerRoleRule));

        (await ReviewAsync(host, template.Id)).Signatures.ShouldBeEmpty();
    }

    [Fact]
    public async Task R46_withdrawing_a_version_an_agent_has_open_makes_the_send_fail_with_the_withdrawal_time()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host);
        var post = await host.IngestAsync("Where can I find the savings card?");
        (await PickerAsync(host, post.CaseNumber)).ShouldContain(item => item.Id == template.Id);

        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((WithdrawTemplateHandler handler, CancellationToken ct) => handler.HandleAsync(new WithdrawTemplateCommand(template.Id, "Claim no longer supported"), ct));

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => SendAsync(host, post.CaseNumber, template.Id));
        refusal.Message.ShouldContain("withdrawn at 2026-11-23 14:00:00 UTC");
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => SubmitAsync(host, template.Id))).Rule.ShouldBeAssignableTo<ISequencingRule>();
    }

    [Fact]
    public async Task R47_with_medical_and_legal_approved_and_regulatory_pending_the_version_stays_in_review_and_a_commented_rejection_means_revise_and_resubmit()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await InReviewAsync(host);
        await ApproveAsync(host, template.Id, "mira", ReviewerRole.Medical);
        await ApproveAsync(host, template.Id, "leo", ReviewerRole.Legal);

        var review = await ReviewAsync(host, template.Id);
        review.Template.Status.ShouldBe(TemplateStatus.InReview);
        review.Template.PendingRoles.ShouldBe([ReviewerRole.Regulatory]);

        host.SignInAs("rita", UserRole.Reviewer);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((RejectTemplateHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RejectTemplateCommand(template.Id, ReviewerRole.Regulatory, DemoCatalog.DemoPassword, "", host.Actor.UserName), ct)))).RuleName.ShouldBe(nameof(RejectionMustGiveReasonRule));
        await host.RunAsync((RejectTemplateHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new RejectTemplateCommand(template.Id, ReviewerRole.Regulatory, DemoCatalog.DemoPassword, "State the indication", host.Actor.UserName), ct));

        review = await ReviewAsync(host, template.Id);
        review.Template.Status.ShouldBe(TemplateStatus.ReviseAndResubmit);
        review.Template.StatusReason.ShouldBe("State the indication");
        review.Signatures.Last().MeaningText.ShouldBe("Regulatory review: Not approved");

        host.SignInAs("sam", UserRole.Supervisor);
        var revised = await host.RunAsync((CreateTemplateVersionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateTemplateVersionCommand(template.Id, Input(body: "Thanks {{first_name}}, for heart failure see {{url}}.")), ct));
        revised.Status.ShouldBe(TemplateStatus.Draft);
        (await ReviewAsync(host, template.Id)).Template.Status.ShouldBe(TemplateStatus.Superseded);
    }

    [Fact]
    public async Task R48_the_approved_version_stays_usable_until_its_successor_is_approved_and_earlier_replies_keep_their_version()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var v1 = await ApprovedAsync(host);
        var post = await host.IngestAsync("Where can I find the savings card?");
        var first = await SendAsync(host, post.CaseNumber, v1.Id);

        host.SignInAs("sam", UserRole.Supervisor);
        var v2 = await host.RunAsync((CreateTemplateVersionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateTemplateVersionCommand(v1.Id, Input(body: "Thanks {{first_name}}! See {{url}}.")), ct));
        (await PickerAsync(host, post.CaseNumber)).Select(item => item.Id).ShouldContain(v1.Id);
        (await PickerAsync(host, post.CaseNumber)).Select(item => item.Id).ShouldNotContain(v2.Id);

        await SubmitAsync(host, v2.Id);
        await ApproveByAllAsync(host, v2.Id);

        (await ReviewAsync(host, v1.Id)).Template.Status.ShouldBe(TemplateStatus.Superseded);
        (await PickerAsync(host, post.CaseNumber)).Select(item => item.Id).ShouldContain(v2.Id);
        (await PickerAsync(host, post.CaseNumber)).Select(item => item.Id).ShouldNotContain(v1.Id);
        var stored = await host.QueryAsync((db, ct) => db.Replies.SingleAsync(item => item.Id == first.ReplyId, ct));
        stored.TemplateVersion.ShouldBe(1);
        stored.MaterialId.ShouldBe("CZ-US-0300 v1");
    }

    [Fact]
    public async Task R49_an_expiry_within_30_days_is_listed_and_after_the_date_the_version_expires_and_cannot_be_sent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, Input(expiresOn: new DateOnly(2026, 12, 13)));
        var post = await host.IngestAsync("Where can I find the savings card?");

        var expiring = await host.RunAsync((ListTemplateLibraryHandler handler, CancellationToken ct) => handler.HandleAsync(new ListTemplateLibraryQuery(ExpiringOnly: true), ct));
        expiring.ShouldHaveSingleItem().Id.ShouldBe(template.Id);
        expiring[0].ExpiresInDays.ShouldBe(20);
        expiring[0].ExpiryWarning.ShouldBeTrue();

        host.AdvanceTime(TimeSpan.FromDays(21));
        (await host.RunAsync((ExpireTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(ct))).ShouldBe(1);

        (await ReviewAsync(host, template.Id)).Template.Status.ShouldBe(TemplateStatus.Expired);
        (await PickerAsync(host, post.CaseNumber)).ShouldNotContain(item => item.Id == template.Id);
        await Should.ThrowAsync<BusinessRuleViolationException>(() => SendAsync(host, post.CaseNumber, template.Id));
    }

    [Fact]
    public async Task R49_without_an_expiry_date_a_template_expires_24_months_after_it_takes_effect()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var draft = await DraftAsync(host, Input(markets: ["UK"]));

        draft.EffectiveFrom.ShouldBe(new DateOnly(2026, 11, 23));
        draft.ExpiresOn.ShouldBe(new DateOnly(2028, 11, 23));
    }

    [Fact]
    public async Task R50_every_sent_reply_is_stamped_with_job_code_material_id_and_date_of_preparation()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host);
        var post = await host.IngestAsync("Where can I find the savings card?");

        var sent = await SendAsync(host, post.CaseNumber, template.Id);

        sent.MaterialId.ShouldBe("CZ-US-0300 v1");
        var reply = await host.QueryAsync((db, ct) => db.Replies.SingleAsync(item => item.Id == sent.ReplyId, ct));
        reply.JobCode.ShouldBe("CZ-US-0300");
        reply.MaterialId.ShouldBe("CZ-US-0300 v1");
        reply.DateOfPreparation.ShouldBe(template.DateOfPreparation);
        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "reply.sent").ToListAsync(ct));
        audit.ShouldHaveSingleItem().After!.ShouldContain("CZ-US-0300 v1");
    }

    [Fact]
    public async Task R51_a_label_change_withdraws_every_approved_template_of_the_product_with_the_reason_in_the_audit_trail()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var cardiozen = await host.QueryAsync((db, ct) => db.Brands.SingleAsync(brand => brand.Name == "Cardiozen", ct));
        var first = await ApprovedAsync(host, Input(jobCode: "CZ-US-0301", brandId: cardiozen.Id));
        var second = await ApprovedAsync(host, Input(jobCode: "CZ-US-0302", brandId: cardiozen.Id));
        var unrelated = await ApprovedAsync(host, Input(jobCode: "CZ-US-0303"));

        host.SignInAs("sam", UserRole.Supervisor);
        var result = await host.RunAsync((ChangeProductLabelHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ChangeProductLabelCommand(cardiozen.Id, "USPI 2026-11", "Boxed warning added"), ct));

        result.Withdrawn.Select(template => template.Id).ShouldBe([first.Id, second.Id], ignoreOrder: true);
        (await ReviewAsync(host, first.Id)).Template.Status.ShouldBe(TemplateStatus.Withdrawn);
        (await ReviewAsync(host, unrelated.Id)).Template.Status.ShouldBe(TemplateStatus.Approved);
        var withdrawals = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "template.withdrawn").ToListAsync(ct));
        withdrawals.Count.ShouldBe(2);
        withdrawals.ShouldAllBe(entry => entry.Reason!.Contains("Boxed warning added"));
    }

    [Fact]
    public async Task R52_the_review_shows_the_reply_rendered_per_allowed_channel_with_its_character_count_and_an_over_limit_warning()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var body = "Thanks {{first_name}}, see {{url}}. " + string.Concat(Enumerable.Repeat("Important safety information applies. ", 7));
        var template = await InReviewAsync(host, Input(body: body, channels: [ChannelKind.X, ChannelKind.Instagram]));

        var previews = (await ReviewAsync(host, template.Id)).Previews;

        previews.Select(preview => preview.Channel).ShouldBe([ChannelKind.X, ChannelKind.Instagram]);
        var x = previews[0];
        x.Limit.ShouldBe(280);
        x.Characters.ShouldBeGreaterThan(280);
        x.OverLimit.ShouldBeTrue();
        x.Text.ShouldStartWith("Thanks Alexandra, see https://medinfo.example.com/contact.");
        previews[1].Limit.ShouldBe(2200);
        previews[1].OverLimit.ShouldBeFalse();
    }
}
