using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;

namespace CareDesk.Domain.Tests.Privacy;

public sealed class DataSubjectRequestDeadlineTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void R42_a_GDPR_extension_adds_two_months_with_the_reason_and_the_date_the_person_was_told()
    {
        var request = DataSubjectRequest.Open("@pat_s", DataSubjectRequestKind.Access, PrivacyRegime.Gdpr, "sam", Received);

        request.Extend("Complex: eight channels and two years of posts", Received.AddDays(10), Received.AddDays(12));

        request.FirstDueAt.ShouldBe(Received.AddDays(30));
        request.DueAt.ShouldBe(Received.AddDays(30).AddMonths(2));
        (request.Extended, request.ExtensionReason, request.ExtensionToldAt).ShouldBe((true, "Complex: eight channels and two years of posts", Received.AddDays(10)));
    }

    [Fact]
    public void R42_a_CCPA_extension_adds_45_days()
    {
        var request = DataSubjectRequest.Open("@pat_s", DataSubjectRequestKind.Erasure, PrivacyRegime.Ccpa, "sam", Received);

        request.Extend("Verification of identity pending", Received.Date, Received.AddDays(1));

        request.DueAt.ShouldBe(Received.AddDays(90));
    }

    [Fact]
    public void Extend_WhenThePersonWasToldAfterTheFirstDeadline_IsRefused()
    {
        var request = DataSubjectRequest.Open("@pat_s", DataSubjectRequestKind.Access, PrivacyRegime.Gdpr, "sam", Received);

        var refused = Should.Throw<BusinessRuleViolationException>(() => request.Extend("Late", Received.AddDays(31), Received.AddDays(32)));

        refused.Rule.Field.ShouldBe("toldAt");
        request.DueAt.ShouldBe(Received.AddDays(30));
    }

    [Fact]
    public void Extend_Twice_IsRefused()
    {
        var request = DataSubjectRequest.Open("@pat_s", DataSubjectRequestKind.Access, PrivacyRegime.Gdpr, "sam", Received);
        request.Extend("Complex", Received, Received.AddDays(1));

        Should.Throw<BusinessRuleViolationException>(() => request.Extend("Again", Received.AddDays(2), Received.AddDays(2)));
    }

    [Fact]
    public void Decide_Refused_WritesTheReasonIntoTheLetter()
    {
        var request = DataSubjectRequest.Open("@pat_s", DataSubjectRequestKind.Rectification, PrivacyRegime.Gdpr, "sam", Received);

        request.Decide(DataSubjectRequestDecision.Refused, "the post is a record of what you wrote at the time", "I never had a rash", [], Received.AddDays(2));

        request.Decision.ShouldBe(DataSubjectRequestDecision.Refused);
        request.ResponseLetter.ShouldNotBeNull().ShouldContain("We have refused your request, because the post is a record of what you wrote at the time");
    }
}
