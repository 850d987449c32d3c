using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Triage;

public sealed class TriageOutcomeTests
{
    private static RuleHit Hit(TriageLabel label, Priority priority) => new("rule", label, priority, "text", 0, 4);

    [Fact]
    public void FromHits_WhenNoHits_GivesOtherWithLowPriority()
    {
        var outcome = TriageOutcome.FromHits([], "rules");

        outcome.Labels.ShouldBe([TriageLabel.Other]);
        outcome.Priority.ShouldBe(Priority.Low);
        outcome.Hits.ShouldBeEmpty();
        outcome.Classifier.ShouldBe("rules");
    }

    [Fact]
    public void FromHits_WhenAdverseEventRuleHasLowPriority_RaisesToHigh() =>
        TriageOutcome.FromHits([Hit(TriageLabel.AdverseEvent, Priority.Low)], "rules").Priority.ShouldBe(Priority.High);

    [Fact]
    public void FromHits_WhenCrisisSignal_GivesUrgent() =>
        TriageOutcome.FromHits([Hit(TriageLabel.CrisisSignal, Priority.Normal)], "rules").Priority.ShouldBe(Priority.Urgent);

    [Fact]
    public void FromHits_WhenRulePriorityAboveFloor_KeepsRulePriority() =>
        TriageOutcome.FromHits([Hit(TriageLabel.Praise, Priority.High)], "rules").Priority.ShouldBe(Priority.High);

    [Fact]
    public void FromHits_WhenLabelsRepeatOutOfOrder_GivesDistinctSortedLabels()
    {
        var outcome = TriageOutcome.FromHits(
            [Hit(TriageLabel.Praise, Priority.Low), Hit(TriageLabel.OffLabel, Priority.Normal), Hit(TriageLabel.AdverseEvent, Priority.High), Hit(TriageLabel.Praise, Priority.Low)],
            "rules");

        outcome.Labels.ShouldBe([TriageLabel.AdverseEvent, TriageLabel.OffLabel, TriageLabel.Praise]);
        outcome.Hits.Count.ShouldBe(4);
    }

    [Fact]
    public void FromHits_WhenMixedLabels_TakesHighestFloor() =>
        TriageOutcome.FromHits([Hit(TriageLabel.Praise, Priority.Low), Hit(TriageLabel.ProductComplaint, Priority.Low)], "rules")
            .Priority.ShouldBe(Priority.High);

    [Fact]
    public void Has_WhenLabelPresent_ReturnsTrue() =>
        TriageOutcome.FromHits([Hit(TriageLabel.OffLabel, Priority.Normal)], "rules").Has(TriageLabel.OffLabel).ShouldBeTrue();

    [Fact]
    public void Has_WhenLabelAbsent_ReturnsFalse() =>
        TriageOutcome.FromHits([Hit(TriageLabel.OffLabel, Priority.Normal)], "rules").Has(TriageLabel.AdverseEvent).ShouldBeFalse();

    [Theory]
    [InlineData(TriageLabel.CrisisSignal, Priority.Urgent)]
    [InlineData(TriageLabel.AdverseEvent, Priority.High)]
    [InlineData(TriageLabel.ProductComplaint, Priority.High)]
    [InlineData(TriageLabel.MedicalInquiry, Priority.Normal)]
    [InlineData(TriageLabel.OffLabel, Priority.Normal)]
    [InlineData(TriageLabel.GeneralInquiry, Priority.Normal)]
    [InlineData(TriageLabel.Praise, Priority.Low)]
    [InlineData(TriageLabel.Other, Priority.Low)]
    public void PriorityFloor_ForEachLabel_IsDocumentedFloor(TriageLabel label, Priority expected) =>
        TriageOutcome.PriorityFloor(label).ShouldBe(expected);
}
