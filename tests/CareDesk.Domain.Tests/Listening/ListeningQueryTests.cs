using CareDesk.Domain.Common;
using CareDesk.Domain.Listening;

namespace CareDesk.Domain.Tests.Listening;

public sealed class ListeningQueryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Change_BumpsTheVersionOnlyWhenSomethingChanged()
    {
        var query = ListeningQuery.Create(Guid.NewGuid(), "Cardiozen US", "cardiozen OR #cardiozen", ["Cardiozen"], ["hartwell"], At);

        query.Change("Cardiozen US", "cardiozen OR #cardiozen", ["cardiozen"], ["hartwell"], At.AddHours(1)).ShouldBeFalse();
        query.Change("Cardiozen US", "cardiozen OR #cardiozen OR \"heart pill\"", ["cardiozen"], ["hartwell"], At.AddHours(2)).ShouldBeTrue();

        query.Version.ShouldBe(2);
        query.BrandTerms.ShouldBe(["cardiozen"]);
    }

    [Fact]
    public void Create_WhenTheExpressionDoesNotParse_NamesTheExpressionField()
    {
        var failure = Should.Throw<BusinessRuleViolationException>(() =>
            ListeningQuery.Create(Guid.NewGuid(), "Broken", "(cardiozen OR", ["cardiozen"], [], At));

        failure.Rule.Field.ShouldBe("expression");
    }

    [Fact]
    public void Create_WithoutBrandTerms_IsRefused()
    {
        var failure = Should.Throw<BusinessRuleViolationException>(() =>
            ListeningQuery.Create(Guid.NewGuid(), "No brand", "cardiozen", [" "], [], At));

        failure.Rule.Field.ShouldBe("brandTerms");
    }
}
