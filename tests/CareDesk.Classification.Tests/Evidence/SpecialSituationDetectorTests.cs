using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class SpecialSituationDetectorTests
{
    private static readonly SpecialSituationDetector Detector = new();

    [Theory]
    [InlineData("I'm pregnant and taking zoloft", SpecialSituation.PregnancyExposure, "pregnant")]
    [InlineData("8 weeks pregnant and on Cardiozen", SpecialSituation.PregnancyExposure, "8 weeks pregnant")]
    [InlineData("Took a double dose of Respiro this morning", SpecialSituation.Overdose, "double dose")]
    [InlineData("I took too many of my xanax", SpecialSituation.Overdose, "took too many")]
    [InlineData("he was snorting his adderall", SpecialSituation.Misuse, "snorting")]
    [InlineData("lexapro stopped working after a year", SpecialSituation.LackOfEffect, "stopped working")]
    [InlineData("this inhaler doesn't work", SpecialSituation.LackOfEffect, "doesn't work")]
    [InlineData("the pharmacist gave me the wrong dose", SpecialSituation.MedicationError, "wrong dose")]
    [InlineData("gave my son my pills by mistake", SpecialSituation.MedicationError, "by mistake")]
    public void Find_WhenPostDescribesASpecialSituation_ReturnsItWithItsSpan(string text, SpecialSituation situation, string evidence)
    {
        var mention = Detector.Find(text).FirstOrDefault(found => found.Situation == situation && found.Text == evidence);

        mention.ShouldNotBeNull();

        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(evidence);
    }

    [Theory]
    [InlineData("I'm not pregnant, just bloated from the pill")]
    [InlineData("cymbalta works great for me")]
    public void Find_WhenNothingSpecialIsSaid_ReturnsNothing(string text)
    {
        Detector.Find(text).ShouldBeEmpty();
    }
}
