using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Triage;

public sealed class RuleSetClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<TriageRule> Rules = StarterRules.Create(Now);

    private static TriageOutcome Classify(string text) => RuleSetClassifier.Classify(Rules, new TriageInput(text, ChannelKind.Facebook));

    [Fact]
    public void Classify_WhenR14ExamplePost_GivesAdverseEventComplaintAndOffLabel()
    {
        var outcome = Classify("The DrugX pen was cracked and I got a skin infection at the injection site, is it OK to use it off-label for my kid?");

        outcome.Labels.ShouldBe([TriageLabel.AdverseEvent, TriageLabel.ProductComplaint, TriageLabel.MedicalInquiry, TriageLabel.OffLabel]);
        outcome.Priority.ShouldBe(Priority.High);
        outcome.Classifier.ShouldBe(RuleSetClassifier.Name);
    }

    [Fact]
    public void Classify_WhenR14ExamplePost_GivesEvidenceForEachLabel()
    {
        var outcome = Classify("The DrugX pen was cracked and I got a skin infection at the injection site, is it OK to use it off-label for my kid?");

        outcome.Hits.Select(hit => (hit.Label, hit.Evidence)).ShouldBe(
        [
            (TriageLabel.AdverseEvent, "infection"),
            (TriageLabel.ProductComplaint, "cracked"),
            (TriageLabel.MedicalInquiry, "is it OK"),
            (TriageLabel.OffLabel, "use it off-label for my kid"),
        ]);
    }

    [Fact]
    public void Classify_WhenNoSideEffectsAtAll_IsNotAdverseEvent()
    {
        var outcome = Classify("no side effects at all");

        outcome.Has(TriageLabel.AdverseEvent).ShouldBeFalse();
        outcome.Labels.ShouldBe([TriageLabel.Other]);
    }

    [Fact]
    public void Classify_WhenNoRules_GivesOther() =>
        RuleSetClassifier.Classify([], new TriageInput("a rash")).Labels.ShouldBe([TriageLabel.Other]);
}
