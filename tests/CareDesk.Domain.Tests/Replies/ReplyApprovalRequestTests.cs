using CareDesk.Domain.Common;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Replies.Approvals.Rules;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Replies;

public sealed class ReplyApprovalRequestTests
{
    private static readonly DateTimeOffset RaisedAt = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static readonly ResponseTemplate Template = ResponseTemplate.CreateApproved("Holding reply", "CZ-US-0999",
        "Thanks, we are looking into this.", [], [TriageLabel.GeneralInquiry], [], new DateOnly(2027, 1, 1), "mlr.committee", RaisedAt.AddDays(-5));

    private static ReplyApprovalRequest Raise(params ApprovalTier[] tiers) => ReplyApprovalRequest.Raise(
        Guid.NewGuid(), Guid.NewGuid(), "ext-1", Template, new Dictionary<string, string>(), Template.Body,
        "Thanks, our team is looking into this today.", [ApprovalTrigger.TextDeviation], false,
        new ReplyApprovalPolicy(tiers, TimeSpan.FromHours(24)), "alice", RaisedAt);

    private static ApprovalTier AnyOfRole(string role) => new(ApprovalMode.Any, [role], []);

    [Fact]
    public void Approval_rule_no_self_approval_the_author_cannot_approve_their_own_reply()
    {
        var request = Raise(new ApprovalTier(ApprovalMode.Any, ["Agent", "Supervisor"], []));

        var refusal = Should.Throw<BusinessRuleViolationException>(() => request.Decide("alice", "Alice Agent", "Agent", true, null, RaisedAt.AddMinutes(5)));

        refusal.RuleName.ShouldBe(nameof(ApproverMustNotBeTheAuthorRule));
        request.Status.ShouldBe(ApprovalStatus.Pending);
        request.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void Approval_rule_tier_any_one_approver_of_the_tier_completes_it()
    {
        var request = Raise(AnyOfRole("Supervisor"));

        request.Decide("sam", "Sam Supervisor", "Supervisor", true, null, RaisedAt.AddMinutes(5));

        request.Status.ShouldBe(ApprovalStatus.Approved);
    }

    [Fact]
    public void Approval_rule_tier_all_waits_for_every_named_approver()
    {
        var request = Raise(new ApprovalTier(ApprovalMode.All, [], ["sam", "ada"]));

        request.Decide("sam", "Sam Supervisor", "Supervisor", true, null, RaisedAt.AddMinutes(5));
        request.Status.ShouldBe(ApprovalStatus.Pending);
        request.Decide("ada", "Ada Admin", "Admin", true, null, RaisedAt.AddMinutes(6));

        request.Status.ShouldBe(ApprovalStatus.Approved);
        request.Decisions.Select(decision => decision.UserName).ShouldBe(["sam", "ada"]);
    }

    [Fact]
    public void Approval_rule_tiers_are_passed_in_order_and_a_tier_admits_only_its_own_approvers()
    {
        var request = Raise(AnyOfRole("Supervisor"), AnyOfRole("Admin"));

        var outOfTurn = Should.Throw<BusinessRuleViolationException>(() => request.Decide("ada", "Ada Admin", "Admin", true, null, RaisedAt.AddMinutes(1)));
        outOfTurn.RuleName.ShouldBe(nameof(ApproverMustBelongToTheCurrentTierRule));

        request.Decide("sam", "Sam Supervisor", "Supervisor", true, null, RaisedAt.AddMinutes(2));
        request.CurrentTier.ShouldBe(2);
        request.Status.ShouldBe(ApprovalStatus.Pending);
        request.Decide("ada", "Ada Admin", "Admin", true, null, RaisedAt.AddMinutes(3));

        request.Status.ShouldBe(ApprovalStatus.Approved);
    }

    [Fact]
    public void Approval_rule_expiry_a_request_not_decided_in_time_lapses_and_takes_no_decision()
    {
        var request = Raise(AnyOfRole("Supervisor"));
        var late = RaisedAt.AddHours(24);

        var refusal = Should.Throw<BusinessRuleViolationException>(() => request.Decide("sam", "Sam Supervisor", "Supervisor", true, null, late));
        request.Lapse(late);

        refusal.RuleName.ShouldBe(nameof(ApprovalRequestMustBeOpenRule));
        request.Status.ShouldBe(ApprovalStatus.Lapsed);
        request.ClosedAt.ShouldBe(late);
    }

    [Fact]
    public void Approval_rule_a_rejection_needs_a_reason_and_ends_the_request()
    {
        var request = Raise(AnyOfRole("Supervisor"), AnyOfRole("Admin"));

        Should.Throw<BusinessRuleViolationException>(() => request.Decide("sam", "Sam Supervisor", "Supervisor", false, " ", RaisedAt.AddMinutes(1)))
            .RuleName.ShouldBe(nameof(RejectionMustGiveAReasonRule));
        var decision = request.Decide("sam", "Sam Supervisor", "Supervisor", false, "Implies efficacy", RaisedAt.AddMinutes(2));

        request.Status.ShouldBe(ApprovalStatus.Rejected);
        decision.Meaning.ShouldBe(ApprovalDecision.Rejected);
        decision.Reason.ShouldBe("Implies efficacy");
    }

    [Fact]
    public void Every_decision_is_bound_to_the_hash_of_the_text_it_approved()
    {
        var request = Raise(AnyOfRole("Supervisor"));

        var decision = request.Decide("sam", "Sam Supervisor", "Supervisor", true, null, RaisedAt.AddMinutes(5));

        decision.TextSha256.ShouldBe(ReplyApprovalRequest.Sha256Of("Thanks, our team is looking into this today."));
        request.TextMatchesSignatures().ShouldBeTrue();
    }

    [Fact]
    public void A_path_of_more_than_three_tiers_is_refused()
    {
        var tier = AnyOfRole("Supervisor");

        Should.Throw<BusinessRuleViolationException>(() => new ReplyApprovalPolicy([tier, tier, tier, tier], TimeSpan.FromHours(1)))
            .RuleName.ShouldBe(nameof(ApprovalPathMustBeWorkableRule));
    }
}
