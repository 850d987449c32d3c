using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using static CareDesk.Domain.Tests.Cases.CaseTestData;

namespace CareDesk.Domain.Tests.Cases;

public sealed class CaseBreachTests
{
    [Theory]
    [InlineData(TriageLabel.Other, Priority.Normal)]
    [InlineData(TriageLabel.GeneralInquiry, Priority.High)]
    [InlineData(TriageLabel.AdverseEvent, Priority.Urgent)]
    [InlineData(TriageLabel.CrisisSignal, Priority.Urgent)]
    public void EscalatePriorityForBreach_RaisesOneLevelUpToUrgent(TriageLabel label, Priority expected)
    {
        var subject = CaseWith(label);

        subject.EscalatePriorityForBreach(T0.AddHours(5));

        subject.Priority.ShouldBe(expected);
    }

    [Fact]
    public void AddScreenedPost_WhenCrisisSignal_ReplyIsDueInThirtyMinutes()
    {
        var subject = CaseWith(TriageLabel.CrisisSignal);

        subject.Clock(SlaClockKind.FirstResponse).DueAt.ShouldBe(T0.AddMinutes(30));
    }
}
