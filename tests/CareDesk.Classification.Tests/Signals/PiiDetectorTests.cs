using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>PII detection over hand-written labelled examples (see <see cref="PiiExamples"/>).</summary>
public sealed class PiiDetectorTests
{
    public static TheoryData<string, PiiKind, string> PositiveCases =>
        new(PiiExamples.Positives.Select(example => (example.Text, example.Kind, example.Expected)));

    public static TheoryData<string> NegativeCases => new(PiiExamples.Negatives);

    [Theory]
    [MemberData(nameof(PositiveCases))]
    public void Find_WhenTextHasPersonalData_ReturnsMentionWithExactOffsets(string text, PiiKind kind, string expected)
    {
        var mention = PiiDetector.Find(text).ShouldHaveSingleItem();

        mention.Kind.ShouldBe(kind);
        mention.Text.ShouldBe(expected);
        text[mention.Start..mention.End].ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Find_WhenTextHasNoPersonalData_ReturnsNothing(string text) => PiiDetector.Find(text).ShouldBeEmpty();

    [Fact]
    public void Find_OverLabelledExamples_MeetsPrecisionAndRecallFloor()
    {
        var outcomes = PiiExamples.Positives
            .Select(example => (true, PiiDetector.Find(example.Text).Any(), PiiDetector.Find(example.Text).Any(m => m.Kind == example.Kind && m.Text == example.Expected)))
            .Concat(PiiExamples.Negatives.Select(text => (false, PiiDetector.Find(text).Any(), false)));

        var score = PrecisionRecall.Count(outcomes);

        TestContext.Current.TestOutputHelper?.WriteLine(score.Report("PII"));
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Find_WhenEmojiPrecedeMention_ReturnsUtf16Offsets()
    {
        const string text = "😀😀 pen cracked 💔 mail bob@example.org or call +44 20 7946 0958";

        var mentions = PiiDetector.Find(text);

        mentions.Count.ShouldBe(2);
        mentions[0].Start.ShouldBe(text.IndexOf("bob@", StringComparison.Ordinal));
        mentions[0].End.ShouldBe(text.IndexOf(" or call", StringComparison.Ordinal));
        mentions[1].Start.ShouldBe(text.IndexOf('+', StringComparison.Ordinal));
        mentions[1].End.ShouldBe(text.Length);
    }

    [Fact]
    public void Redact_WhenTextHasSeveralMentions_ReplacesEachAndKeepsTheRest()
    {
        const string text = "Hi, my name is Sarah Connor 😀 call +44 20 7946 0958 or mail sarah@example.com, I live at 42 Elm Road. DOB 04/05/1980";

        var redacted = PiiDetector.Redact(text);

        redacted.ShouldBe("Hi, my name is [NAME] 😀 call [PHONE] or mail [EMAIL], I live at [ADDRESS] DOB [DOB]");
    }

    [Fact]
    public void Redact_WhenTextHasNoPersonalData_ReturnsTextUnchanged()
    {
        const string text = "The 20mg pen leaked 😡 lot 12345678";

        PiiDetector.Redact(text).ShouldBe(text);
    }
}
