using CareDesk.Application.Triage;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Tests.Triage;

/// <summary>The starter rule set every installation gets, screened without a database.</summary>
public sealed class DefaultTriageRulesTests
{
    private const string R14Example = "The DrugX pen was cracked and I got a skin infection at the injection site, is it OK to use it off-label for my kid?";

    private static readonly IReadOnlyList<TriageRule> Rules = DefaultTriageRules.CreateRules(new DateTimeOffset(2026, 6, 9, 10, 0, 0, TimeSpan.Zero));

    /// <summary>One text per label that the default rules should give that label.</summary>
    private static readonly Dictionary<string, string> SampleTexts = new(StringComparer.Ordinal)
    {
        ["adverse_event"] = "Two weeks on Cardiozen and I have an itchy rash on both arms",
        ["product_complaint"] = "The inhaler arrived with a cracked mouthpiece",
        ["medical_inquiry"] = "Can I take Cardiozen with ibuprofen?",
        ["off_label"] = "Could a doctor prescribe it for my son's acne?",
        ["general_inquiry"] = "Where can I find a savings card?",
        ["praise"] = "Honestly life changing, thank you!",
        ["crisis_signal"] = "Some nights I want to die",
    };

    private static TriageOutcome Classify(string text) => RuleSetClassifier.Classify(Rules, new TriageInput(text, ChannelKind.Facebook));

    [Fact]
    public void Classify_WhenR14ExamplePost_GivesAdverseEventComplaintMedicalInquiryAndOffLabel()
    {
        var outcome = Classify(R14Example);

        outcome.Labels.ShouldBe([TriageLabel.AdverseEvent, TriageLabel.ProductComplaint, TriageLabel.MedicalInquiry, TriageLabel.OffLabel]);
        outcome.Priority.ShouldBe(Priority.High);
        outcome.Classifier.ShouldBe(RuleSetClassifier.Name);
    }

    [Fact]
    public void Classify_WhenR14ExamplePost_GivesEvidenceForEachLabel()
    {
        var outcome = Classify(R14Example);

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
    public void Classify_WhenNoSideEffectsAtFirstButNowBleedingGums_IsAdverseEvent() =>
        Classify("no side effects for a month, but now my gums keep bleeding").Has(TriageLabel.AdverseEvent).ShouldBeTrue();

    [Fact]
    public void Classify_WhenAPhoneDied_IsAdverseEventBecauseDeathsAreNeverMissed() =>
        Classify("my phone died").Has(TriageLabel.AdverseEvent).ShouldBeTrue();

    [Fact]
    public void Classify_WhenAskedForTheLotNumber_IsNotAdverseEvent() =>
        Classify("please send the lot number").Has(TriageLabel.AdverseEvent).ShouldBeFalse();

    [Fact]
    public void Classify_WhenThankingForTheAnswer_IsPraise() =>
        Classify("Thanks for the quick answer").Labels.ShouldBe([TriageLabel.Praise]);

    [Fact]
    public void Classify_WhenNoRules_GivesOther() =>
        RuleSetClassifier.Classify([], new TriageInput("a rash")).Labels.ShouldBe([TriageLabel.Other]);

    public static TheoryData<string> LabelsExceptOther => new(TriageLabelNames.All.Where(name => name != "other"));

    [Theory]
    [MemberData(nameof(LabelsExceptOther))]
    public void Classify_WhenGivenASampleForAnyLabelButOther_ProducesThatLabel(string labelName)
    {
        TriageLabelNames.TryParse(labelName, out var label).ShouldBeTrue();

        Classify(SampleTexts[labelName]).Has(label).ShouldBeTrue();
    }
}
