using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class ExperiencerDetectorTests
{
    private static readonly ExperiencerDetector Detector = new();

    [Theory]
    [InlineData("I threw up after my first dose of zoloft", "I")]
    [InlineData("zoloft gave me the worst headache", "me")]
    public void Detect_WhenPosterSpeaksOfThemself_ReturnsSelfWithThePronoun(string text, string evidence)
    {
        var finding = Detector.Detect(text);

        finding.Experiencer.ShouldBe(Experiencer.Self);
        finding.Evidence.ShouldBe(evidence);
    }

    [Theory]
    [InlineData("my 5yo threw up after the amoxicillin", "my 5yo")]
    [InlineData("My mom started Lipitor and now her legs ache", "My mom")]
    [InlineData("our 3 year old got a rash from augmentin", "our 3 year old")]
    [InlineData("my mum (72) got a rash on Cardiozen", "my mum (72)")]
    public void Detect_WhenPosterSpeaksOfSomeoneTheyKnow_ReturnsKnownOtherWithThePhrase(string text, string evidence)
    {
        var finding = Detector.Detect(text);

        finding.Experiencer.ShouldBe(Experiencer.KnownOther);
        finding.Evidence.ShouldBe(evidence);
        text.Substring(finding.Start!.Value, finding.End!.Value - finding.Start.Value).ShouldBe(evidence);
    }

    [Theory]
    [InlineData("cymbalta can cause nausea")]
    [InlineData("people on effexor get brain zaps")]
    public void Detect_WhenStatementIsGeneric_ReturnsGeneral(string text)
    {
        Detector.Detect(text).Experiencer.ShouldBe(Experiencer.General);
    }
}
