using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>Language detection over hand-written labelled examples (see <see cref="LanguageExamples"/>).</summary>
public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string> DeterminedCases =>
        new(LanguageExamples.Determined.Select(example => (example.Text, example.Language)));

    public static TheoryData<string> UndeterminedCases => new(LanguageExamples.Undetermined);

    [Theory]
    [MemberData(nameof(DeterminedCases))]
    public void Detect_WhenTextIsInOneLanguage_ReturnsItsCode(string text, string language)
    {
        var guess = LanguageDetector.Detect(text);

        guess.IsoCode.ShouldBe(language);
        guess.Confidence.ShouldBeInRange(0.3, 1);
    }

    [Theory]
    [MemberData(nameof(UndeterminedCases))]
    public void Detect_WhenTextIsShortOrMixed_ReturnsUndetermined(string text) =>
        LanguageDetector.Detect(text).IsoCode.ShouldBe(LanguageGuess.Undetermined);

    [Fact]
    public void Detect_OverLabelledExamples_MeetsPrecisionAndRecallFloor()
    {
        var outcomes = LanguageExamples.Determined
            .Select(example => LanguageDetector.Detect(example.Text))
            .Zip(LanguageExamples.Determined, (guess, example) => (true, guess.IsDetermined, guess.IsoCode == example.Language))
            .Concat(LanguageExamples.Undetermined.Select(text => (false, LanguageDetector.Detect(text).IsDetermined, false)));

        var score = PrecisionRecall.Count(outcomes);

        TestContext.Current.TestOutputHelper?.WriteLine(score.Report("Language"));
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Detect_WhenHandlesHashtagsAndUrlsAreEnglish_IgnoresThem()
    {
        var guess = LanguageDetector.Detect("@PharmaHelp #SideEffects https://t.co/the-and-with Tengo náuseas desde ayer y no puedo comer");

        guess.IsoCode.ShouldBe("es");
    }
}
