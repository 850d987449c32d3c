using CareDesk.Domain.Cases;
using CareDesk.Domain.Cases.Rules;
using CareDesk.Domain.Common;
using CareDesk.Domain.Sla;
using Case = CareDesk.Domain.Cases.Case;

namespace CareDesk.Domain.Tests.Cases;

public sealed class CaseRetentionTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static Case NewCase() => Case.Open(7, Guid.NewGuid(), "thread-7", "@pat_doe", "Where is the copay card? Pat Doe", At);

    [Fact]
    public void Anonymise_replaces_author_and_summary_and_stamps_the_time()
    {
        var subject = NewCase();

        subject.Anonymise(At.AddYears(3));

        subject.Author.ShouldBe(Case.AnonymisedText);
        subject.Summary.ShouldBe(Case.AnonymisedText);
        subject.AnonymisedAt.ShouldBe(At.AddYears(3));
    }

    [Fact]
    public void Anonymise_is_refused_while_a_legal_hold_is_in_place_and_allowed_after_release()
    {
        var subject = NewCase();
        subject.PlaceLegalHold("Litigation 2026-17", At);

        Should.Throw<BusinessRuleViolationException>(() => subject.Anonymise(At.AddDays(1))).RuleName.ShouldBe(nameof(LegalHoldBlocksErasureRule));
        subject.Author.ShouldBe("@pat_doe");
        subject.ReleaseLegalHold(At.AddDays(2));
        subject.Anonymise(At.AddDays(3));
        subject.Author.ShouldBe(Case.AnonymisedText);
    }

    [Fact]
    public void A_case_handed_to_pharmacovigilance_is_never_anonymised()
    {
        var subject = NewCase();
        subject.Escalate(EscalationTarget.Pharmacovigilance, At, BusinessCalendar.AlwaysOpen("24x7", "Always open"));

        Should.Throw<BusinessRuleViolationException>(() => subject.Anonymise(At.AddYears(20))).RuleName.ShouldBe(nameof(AdverseEventRecordsAreNeverErasedRule));
    }

    [Fact]
    public void A_legal_hold_needs_a_reason()
    {
        Should.Throw<BusinessRuleViolationException>(() => NewCase().PlaceLegalHold(" ", At)).RuleName.ShouldBe(nameof(LegalHoldNeedsAReasonRule));
    }
}
