using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Rules;
using static CareDesk.Domain.Tests.Pharmacovigilance.PvIntakeTestData;

namespace CareDesk.Domain.Tests.Pharmacovigilance;

public sealed class PvIntakeTests
{
    [Fact]
    public void R3_day0_is_written_once_from_when_the_information_arrived_not_from_the_review()
    {
        var intake = NewIntake();
        var mondayReview = SaturdayLate.AddDays(2).AddHours(9);

        intake.Review(AllFour(), SaturdayLate, "alice", mondayReview);
        intake.Review(AllFour(), SaturdayLate.AddDays(5), "bob", mondayReview.AddDays(1));

        intake.MinimumCriteriaMetAt.ShouldBe(SaturdayLate);
        intake.CriteriaConfirmedAt.ShouldBe(mondayReview);
        intake.CriteriaConfirmedBy.ShouldBe("alice");
    }

    [Fact]
    public void R3_day0_correction_needs_a_reason_and_keeps_the_original_value()
    {
        var intake = NewIntake();
        intake.Review(AllFour(), SaturdayLate, "alice", SaturdayLate.AddDays(2));

        Should.Throw<BusinessRuleViolationException>(() => intake.CorrectDay0(SaturdayLate.AddDays(-1), " ")).RuleName.ShouldBe(nameof(CorrectionNeedsReasonRule));
        intake.CorrectDay0(SaturdayLate.AddDays(-1), "Post was first seen by a vendor agent on Friday");

        intake.MinimumCriteriaMetAt.ShouldBe(SaturdayLate.AddDays(-1));
        intake.OriginalMinimumCriteriaMetAt.ShouldBe(SaturdayLate);
    }

    [Fact]
    public void R5_no_day0_and_no_handoff_until_all_four_criteria_are_confirmed()
    {
        var intake = NewIntake();
        var review = AllFour() with { Patient = new ConfirmedCriterion(false, "someone I know") };

        intake.Review(review, SaturdayLate, "alice", SaturdayLate.AddDays(2));

        intake.IsValidIcsr.ShouldBeFalse();
        intake.MinimumCriteriaMetAt.ShouldBeNull();
        intake.MissingCriteria().ShouldBe(["patient"]);
        Should.Throw<BusinessRuleViolationException>(intake.CheckReadyForHandoff).RuleName.ShouldBe(nameof(MinimumCriteriaMustBeConfirmedRule));
    }

    [Fact]
    public void R5_missing_qualification_and_country_default_to_consumer_and_the_receiving_country()
    {
        var intake = NewIntake();

        intake.Review(AllFour(), SaturdayLate, "alice", SaturdayLate.AddDays(2));

        intake.ReporterQualification.ShouldBe(ReporterQualification.Consumer);
        intake.QualificationDefaulted.ShouldBeTrue();
        intake.ReporterCountry.ShouldBe("US");
        intake.CountryDefaulted.ShouldBeTrue();
    }

    [Fact]
    public void R2_solicited_report_cannot_be_handed_off_without_causality()
    {
        var intake = NewIntake();
        intake.Review(AllFour(type: ReportType.Solicited), SaturdayLate, "alice", SaturdayLate.AddDays(1));

        Should.Throw<BusinessRuleViolationException>(intake.CheckReadyForHandoff).RuleName.ShouldBe(nameof(SolicitedReportNeedsCausalityRule));

        intake.Review(AllFour(type: ReportType.Solicited, causality: "Possibly related"), SaturdayLate, "alice", SaturdayLate.AddDays(1));
        Should.NotThrow(intake.CheckReadyForHandoff);
    }

    [Fact]
    public void R2_spontaneous_report_needs_no_causality()
    {
        var intake = NewIntake();
        intake.Review(AllFour(), SaturdayLate, "alice", SaturdayLate.AddDays(1));

        Should.NotThrow(intake.CheckReadyForHandoff);
    }

    [Fact]
    public void R7_case_is_serious_when_any_of_the_six_criteria_holds()
    {
        Seriousness.None.IsSerious.ShouldBeFalse();
        new Seriousness(false, false, false, false, false, true).IsSerious.ShouldBeTrue();
        new Seriousness(true, false, false, false, false, false).IsSerious.ShouldBeTrue();
        new Seriousness(false, false, false, false, true, false).IsSerious.ShouldBeTrue();
    }

    [Fact]
    public void R8_follow_up_must_be_private_and_each_attempt_is_documented_on_the_next_task()
    {
        var intake = NewIntake();

        Should.Throw<BusinessRuleViolationException>(() => intake.RecordFollowUpAttempt(FollowUpChannel.PublicReply, null, null, "alice", "asked", SaturdayLate))
            .Message.ShouldContain("follow-up must be private");
        var attempt = intake.RecordFollowUpAttempt(FollowUpChannel.DirectMessage, "CZ-US-0200", 3, "alice", "no answer yet", SaturdayLate.AddDays(1));

        intake.FollowUps.Count.ShouldBe(3);
        attempt.Sequence.ShouldBe(1);
        attempt.TemplateJobCode.ShouldBe("CZ-US-0200");
        attempt.TemplateVersion.ShouldBe(3);
        intake.FollowUps.Count(task => task.IsDone).ShouldBe(1);
    }

    [Fact]
    public void R8_close_as_invalid_needs_every_attempt_logged_or_a_documented_exception()
    {
        var intake = NewIntake();
        intake.RecordFollowUpAttempt(FollowUpChannel.DirectMessage, "CZ-US-0200", 1, "alice", "no answer", SaturdayLate.AddDays(1));

        Should.Throw<BusinessRuleViolationException>(() => intake.CloseAsInvalid(null, SaturdayLate.AddDays(2))).RuleName
            .ShouldBe(nameof(FollowUpsMustBeDoneBeforeClosingInvalidRule));
        intake.CloseAsInvalid("user blocked the account", SaturdayLate.AddDays(2));

        intake.ClosedInvalidAt.ShouldBe(SaturdayLate.AddDays(2));
        intake.FollowUpException.ShouldBe("user blocked the account");
    }

    [Fact]
    public void R5_a_valid_icsr_is_never_closed_as_invalid()
    {
        var intake = NewIntake();
        intake.Review(AllFour(), SaturdayLate, "alice", SaturdayLate.AddDays(1));

        Should.Throw<BusinessRuleViolationException>(() => intake.CloseAsInvalid("blocked", SaturdayLate.AddDays(2))).Message.ShouldContain("send it to PV");
    }

    [Fact]
    public void R15_a_handed_off_report_is_not_sent_again_unless_rejected()
    {
        var intake = NewIntake();
        intake.Review(AllFour(), SaturdayLate, "alice", SaturdayLate.AddDays(1));
        intake.HandOff("M1", "<xml/>", "alice", SaturdayLate.AddDays(1));

        Should.Throw<BusinessRuleViolationException>(() => intake.HandOff("M2", "<xml/>", "alice", SaturdayLate.AddDays(1))).RuleName.ShouldBe(nameof(HandoffMustNotRepeatRule));
        intake.RecordAcknowledgement("CR", "19426650", "Mandatory element missing", SaturdayLate.AddDays(2));
        Should.NotThrow(() => intake.HandOff("M3", "<xml/>", "alice", SaturdayLate.AddDays(3)));
        intake.AckCode.ShouldBeNull();
    }

    [Fact]
    public void R16_a_case_cannot_be_its_own_duplicate()
    {
        var intake = NewIntake(7);

        Should.Throw<BusinessRuleViolationException>(() => intake.LinkAsDuplicateOf(7, "US-CAREDESK-000007")).RuleName.ShouldBe(nameof(DuplicateMustLinkAnotherCaseRule));
        intake.LinkAsDuplicateOf(3, "US-CAREDESK-000003");
        intake.DuplicateOfReportId.ShouldBe("US-CAREDESK-000003");
    }

    [Theory]
    [InlineData("@sam_r", "Cardiozen gave me a rash", "sam_r", "totally different words here", "same author handle")]
    [InlineData("@a", "Cardiozen gave me a bad rash on both arms today", "@b", "Cardiozen gave me a bad rash on both arms today!", "near-identical text")]
    [InlineData("@a", "Cardiozen gave me a rash", "@b", "Respiro made me cough all night", null)]
    public void R16_duplicates_are_suggested_for_the_same_handle_or_near_identical_text(string author, string text, string otherAuthor, string otherText, string? reason) =>
        DuplicateMatcher.ReasonToSuspect(author, text, otherAuthor, otherText).ShouldBe(reason);
}
