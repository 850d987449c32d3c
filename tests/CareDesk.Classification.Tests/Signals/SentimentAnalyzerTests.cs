using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>Sentiment over hand-written labelled examples (see <see cref="SentimentExamples"/>).</summary>
public sealed class SentimentAnalyzerTests
{
    public static TheoryData<string, SentimentPolarity> Cases => new(SentimentExamples.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_WhenTextIsLabelled_ReturnsLabelledPolarity(string text, SentimentPolarity polarity)
    {
        var sentiment = SentimentAnalyzer.Analyze(text);

        sentiment.Polarity.ShouldBe(polarity);
        sentiment.Score.ShouldBeInRange(-1, 1);
    }

    [Theory]
    [InlineData(SentimentPolarity.Positive)]
    [InlineData(SentimentPolarity.Negative)]
    public void Analyze_OverLabelledExamples_MeetsPrecisionAndRecallFloor(SentimentPolarity target)
    {
        var outcomes = SentimentExamples.All.Select(example =>
        {
            var predicted = SentimentAnalyzer.Analyze(example.Text).Polarity == target;
            return (example.Polarity == target, predicted, predicted);
        });

        var score = PrecisionRecall.Count(outcomes);

        TestContext.Current.TestOutputHelper?.WriteLine(score.Report($"Sentiment {target}"));
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.85);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.85);
    }

    [Fact]
    public void Analyze_WhenGoodIsNegated_IsNegative() =>
        SentimentAnalyzer.Analyze("this is not good").Polarity.ShouldBe(SentimentPolarity.Negative);

    [Fact]
    public void Analyze_WhenIntensified_ScoresFurtherFromZero() =>
        SentimentAnalyzer.Analyze("the pen is extremely good").Score.ShouldBeGreaterThan(SentimentAnalyzer.Analyze("the pen is good").Score);

    [Fact]
    public void Analyze_WhenExclamationsAdded_ScoresFurtherFromZero() =>
        SentimentAnalyzer.Analyze("this is awful!!!").Score.ShouldBeLessThan(SentimentAnalyzer.Analyze("this is awful").Score);

    [Fact]
    public void Analyze_WhenOnlyEmoji_UsesEmojiValence()
    {
        SentimentAnalyzer.Analyze("😀").Polarity.ShouldBe(SentimentPolarity.Positive);
        SentimentAnalyzer.Analyze("😡").Polarity.ShouldBe(SentimentPolarity.Negative);
    }
}
