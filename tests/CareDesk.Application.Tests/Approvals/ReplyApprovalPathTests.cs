using CareDesk.Application.Abstractions;
using CareDesk.Application.Approvals;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Triage;
using CareDesk.Domain.Common;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Replies.Approvals.Rules;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Approvals;

public sealed class ReplyApprovalPathTests
{
    private const string GeneralJobCode = "CZ-US-0160";

    private static readonly Dictionary<string, string> GeneralValues = new() { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" };

    [Fact]
    public async Task The_exact_approved_template_goes_out_at_once_without_approval()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");

        var result = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues);

        result.AwaitsApproval.ShouldBeFalse();
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(1);
        (await host.QueryAsync((db, ct) => db.ReplyApprovals.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Edited_text_is_held_for_approval_and_reaches_the_outbox_only_after_the_final_approval()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?", externalId: "x-savings-1");
        const string edited = "Hi Jo, the savings card is at https://cardiozen.example/savings. Terms apply. Happy to help further!";

        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, edited);

        held.AwaitsApproval.ShouldBeTrue();
        held.Triggers.ShouldBe([ApprovalTrigger.TextDeviation]);
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.Replies.CountAsync(ct))).ShouldBe(0);

        host.SignInAs("sam", UserRole.Supervisor);
        var decided = await DecideAsync(host, held.ApprovalRequestId!.Value, approve: true);

        decided.Status.ShouldBe(ApprovalStatus.Approved);
        var message = (await host.QueryAsync((db, ct) => db.Outbox.ToListAsync(ct))).ShouldHaveSingleItem();
        message.Text.ShouldBe(edited);
        message.InReplyToExternalId.ShouldBe("x-savings-1");
        var reply = (await host.QueryAsync((db, ct) => db.Replies.ToListAsync(ct))).ShouldHaveSingleItem();
        reply.JobCode.ShouldBe(GeneralJobCode);
        reply.TemplateVersion.ShouldBe(1);
        reply.SentBy.ShouldBe("alice");
    }

    [Fact]
    public async Task The_approval_record_keeps_approver_printed_name_time_meaning_and_the_hash_of_the_approved_text()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, "Hi Jo, see https://cardiozen.example/savings for savings.");
        host.AdvanceTime(TimeSpan.FromMinutes(7));
        host.SignInAs("sam", UserRole.Supervisor);

        await DecideAsync(host, held.ApprovalRequestId!.Value, approve: true);

        var request = await host.QueryAsync((db, ct) => db.ReplyApprovals.SingleAsync(ct));
        var decision = request.Decisions.ShouldHaveSingleItem();
        decision.UserName.ShouldBe("sam");
        decision.DisplayName.ShouldBe("Sam Supervisor");
        decision.At.ShouldBe(ApplicationTestHost.Start.AddMinutes(7));
        decision.Meaning.ShouldBe(ApprovalDecision.Approved);
        decision.TextSha256.ShouldBe(ReplyApprovalRequest.Sha256Of("Hi Jo, see https://cardiozen.example/savings for savings."));
        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "reply.approved").SingleAsync(ct));
        audit.Actor.ShouldBe("sam");
        audit.After!.ShouldContain(decision.TextSha256);
    }

    [Fact]
    public async Task R31_a_reply_approval_is_also_a_signature_row_that_verifies_against_the_exact_text_and_no_other()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var text = "Hi Jo, see https://cardiozen.example/savings for savings.";
        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, text);
        host.SignInAs("sam", UserRole.Supervisor);

        await DecideAsync(host, held.ApprovalRequestId!.Value, approve: true);

        var signature = await host.QueryAsync((db, ct) => db.Signatures.SingleAsync(item => item.RecordId == held.ApprovalRequestId, ct));
        signature.PrintedName.ShouldBe("Sam Supervisor");
        signature.MeaningText.ShouldBe("Reply approval: Approved");
        signature.SignedAt.ShouldBe(ApplicationTestHost.Start);
        signature.IsValidFor(nameof(ReplyApprovalRequest), held.ApprovalRequestId!.Value, ReplyApprovalRequest.Sha256Of(text)).ShouldBeTrue();
        signature.IsValidFor(nameof(ReplyApprovalRequest), held.ApprovalRequestId!.Value, ReplyApprovalRequest.Sha256Of(text + " ")).ShouldBeFalse();
    }

    [Fact]
    public async Task Approval_rule_reauthentication_a_wrong_password_signs_nothing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, "Hi Jo, see our site.");
        host.SignInAs("sam", UserRole.Supervisor);

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => DecideAsync(host, held.ApprovalRequestId!.Value, approve: true, password: "guess"));

        refusal.Errors.Keys.ShouldBe(["password"]);
        (await host.QueryAsync((db, ct) => db.ReplyApprovals.SingleAsync(ct))).Decisions.ShouldBeEmpty();
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Approval_rule_no_self_approval_even_for_a_supervisor_who_proposed_the_reply()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        host.SignInAs("sam", UserRole.Supervisor);
        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, "Hi Jo, see our site.");

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => DecideAsync(host, held.ApprovalRequestId!.Value, approve: true));

        refusal.RuleName.ShouldBe(nameof(ApproverMustNotBeTheAuthorRule));
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Approval_rule_expiry_a_request_decided_too_late_lapses_and_nothing_is_sent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, "Hi Jo, see our site.");
        host.AdvanceTime(TimeSpan.FromHours(25));
        host.SignInAs("sam", UserRole.Supervisor);

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => DecideAsync(host, held.ApprovalRequestId!.Value, approve: true));

        refusal.RuleName.ShouldBe(nameof(ApprovalRequestMustBeOpenRule));
        (await host.QueryAsync((db, ct) => db.ReplyApprovals.SingleAsync(ct))).Status.ShouldBe(ApprovalStatus.Lapsed);
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "reply.approval_lapsed", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_rejection_with_its_reason_is_audited_and_sends_nothing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues, "Hi Jo, Cardiozen is the best on the market!");
        host.SignInAs("sam", UserRole.Supervisor);

        var decided = await DecideAsync(host, held.ApprovalRequestId!.Value, approve: false, reason: "Promotional claim");

        decided.Status.ShouldBe(ApprovalStatus.Rejected);
        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "reply.rejected").SingleAsync(ct));
        audit.Reason.ShouldBe("Promotional claim");
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task An_adverse_event_case_needs_approval_even_for_the_exact_template()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Cardiozen gave me a rash on both arms");

        var held = await ReplyAsync(host, post.CaseNumber, "CZ-US-0142",
            new Dictionary<string, string> { ["first_name"] = "Sam", ["phone"] = "+1 800 555 0100", ["case_number"] = post.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        held.Triggers.ShouldBe([ApprovalTrigger.AdverseEventCase]);
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_healthcare_professional_author_needs_approval()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: services =>
            services.AddScoped<IPostClassifier>(provider => new ReporterRoleClassifier(ActivatorUtilities.CreateInstance<RuleBasedPostClassifier>(provider), "healthcareprofessional")));
        var post = await host.IngestAsync("As a cardiologist I often prescribe Cardiozen; where is the savings card for my patients?");

        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues);

        held.Triggers!.ShouldContain(ApprovalTrigger.RiskyAuthor);
    }

    [Fact]
    public async Task An_expired_template_is_held_for_approval_with_the_text_it_was_approved_with()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        host.AdvanceTime(TimeSpan.FromDays(400));

        var held = await ReplyAsync(host, post.CaseNumber, GeneralJobCode, GeneralValues);

        held.Triggers.ShouldBe([ApprovalTrigger.TemplateExpired]);
        held.Text.ShouldBe("Hi Jo, you can find savings and access options at https://cardiozen.example/savings. Terms apply.");
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }

    internal static async Task<SendTemplateReplyResult> ReplyAsync(
        ApplicationTestHost host, int caseNumber, string jobCode, IReadOnlyDictionary<string, string> values, string? proposedText = null)
    {
        var templateId = await host.QueryAsync((db, ct) => db.Templates.Where(template => template.JobCode == jobCode).Select(template => template.Id).SingleAsync(ct));
        return await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SendTemplateReplyCommand(caseNumber, templateId, values, false, proposedText), ct));
    }

    internal static Task<DecideReplyApprovalResult> DecideAsync(ApplicationTestHost host, Guid requestId, bool approve, string? reason = null, string password = DemoCatalog.DemoPassword) =>
        host.RunAsync((DecideReplyApprovalHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new DecideReplyApprovalCommand(requestId, approve, reason, password, host.Actor.UserName), ct));
}
