using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class EventLexiconTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.LoadDefault();

    [Theory]
    [InlineData("these headaches are killing me", "headaches", "headache")]
    [InlineData("my head is pounding", "head is pounding", "headache")]
    [InlineData("I threw up twice", "threw up", "vomiting")]
    [InlineData("I can't sleep at all", "can't sleep", "insomnia")]
    [InlineData("my hair falling out in clumps", "hair falling out", "hair loss")]
    [InlineData("Brain Zaps all day", "Brain Zaps", "brain zaps")]
    public void Find_WhenTextHasAnEventExpression_ReturnsItsSpanAndConcept(string text, string expected, string concept)
    {
        var match = Lexicon.Find(text).ShouldHaveSingleItem();

        match.Text.ShouldBe(expected);
        match.Concept.ShouldBe(concept);
        text.Substring(match.Start, match.End - match.Start).ShouldBe(expected);
    }

    [Fact]
    public void Find_WhenTextHasNoEvent_ReturnsNothing()
    {
        Lexicon.Find("picked up my prescription at the pharmacy").ShouldBeEmpty();
    }
}
