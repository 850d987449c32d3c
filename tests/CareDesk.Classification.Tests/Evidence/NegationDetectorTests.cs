using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class NegationDetectorTests
{
    private static readonly NegationDetector Detector = new();

    [Theory]
    [InlineData("no nausea at all", "nausea", true)]
    [InlineData("no nausea but a bad rash", "nausea", true)]
    [InlineData("no nausea but a bad rash", "rash", false)]
    [InlineData("I never had a headache on it", "headache", true)]
    [InlineData("didn't have any dizziness", "dizziness", true)]
    [InlineData("the rash finally went away", "rash", true)]
    [InlineData("the headache is gone now", "headache", true)]
    [InlineData("terrible nausea every morning", "nausea", false)]
    [InlineData("no idea why I have a headache", "headache", false)]
    [InlineData("No relief. Still dizzy", "dizzy", false)]
    public void IsNegated_WhenMentionIsInContext_ReturnsExpected(string text, string mention, bool expected)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Detector.IsNegated(text, start, start + mention.Length).ShouldBe(expected);
    }
}
