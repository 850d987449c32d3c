using CareDesk.Domain.Listening;

namespace CareDesk.Domain.Tests.Listening;

public sealed class BooleanQueryTests
{
    [Theory]
    [InlineData("cardiozen", "Cardiozen works for me", true)]
    [InlineData("cardiozen", "cardio zen is a yoga class", false)]
    [InlineData("cardiozen OR respiro", "Respiro inhaler refill", true)]
    [InlineData("cardiozen AND rash", "Cardiozen gave me a rash", true)]
    [InlineData("cardiozen rash", "Cardiozen is fine", false)]
    [InlineData("cardiozen NOT giveaway", "Cardiozen giveaway, click here", false)]
    [InlineData("cardiozen -giveaway", "Cardiozen daily", true)]
    [InlineData("\"blood pressure\" AND cardiozen", "Cardiozen lowered my blood pressure", true)]
    [InlineData("\"blood pressure\" AND cardiozen", "my pressure of blood and cardiozen", false)]
    [InlineData("(cardiozen OR hartwell) AND (rash OR itch)", "Hartwell made me itch", true)]
    [InlineData("(cardiozen OR hartwell) AND (rash OR itch)", "Hartwell is cheaper", false)]
    [InlineData("cardiozen", "Loving #Cardiozen today", true)]
    [InlineData("#cardiozen", "cardiozen without the tag", false)]
    public void Matches_EvaluatesWordsPhrasesAndOperators(string expression, string text, bool expected) =>
        BooleanQuery.Matches(BooleanQuery.Parse(expression), text).ShouldBe(expected);

    [Fact]
    public void Parse_WhenAndAndOrAreMixed_AndBindsTighter()
    {
        var query = BooleanQuery.Parse("a OR b AND c");

        query.ToString().ShouldBe("(a OR (b AND c))");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("\"blood pressure", "never closed")]
    [InlineData("(cardiozen OR respiro", "never closed")]
    [InlineData("cardiozen OR", "ends where a term was expected")]
    [InlineData("AND cardiozen", "needs a term")]
    [InlineData("cardiozen )", "Unexpected ')'")]
    public void TryParse_WhenTheExpressionIsBroken_SaysWhy(string expression, string reason)
    {
        BooleanQuery.TryParse(expression, out var query, out var error).ShouldBeFalse();

        query.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void PositiveTerms_LeaveOutNegatedParts()
    {
        var query = BooleanQuery.Parse("(cardiozen OR \"heart pill\") NOT coupon");

        query.PositiveTerms().ShouldBe(["cardiozen", "heart pill"]);
    }
}
