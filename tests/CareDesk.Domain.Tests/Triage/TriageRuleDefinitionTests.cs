using CareDesk.Domain.Common;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Triage.Rules;

namespace CareDesk.Domain.Tests.Triage;

public sealed class TriageRuleDefinitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    private static TriageRuleDefinition Definition(
        IReadOnlyList<string> terms,
        TriageMatchKind kind = TriageMatchKind.AnyTerm,
        IReadOnlyList<string>? excludeTerms = null,
        string name = "Rashes") =>
        new(name, TriageLabel.AdverseEvent, Priority.High, kind, terms, excludeTerms);

    [Fact]
    public void Create_WhenRegexTermInvalid_ThrowsTermsRuleNamingTermsField()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            TriageRule.Create(Definition(["(unclosed"], TriageMatchKind.Regex), Now));

        ex.Rule.ShouldBeOfType<TriageRuleTermsMustBeValidRule>();
        ex.Rule.Field.ShouldBe("terms");
        ex.Message.ShouldStartWith("'(unclosed' is not a valid regular expression");
    }

    [Fact]
    public void Create_WhenRegexExcludeTermInvalid_ThrowsNamingExcludeTermsField()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            TriageRule.Create(Definition(["rash"], TriageMatchKind.Regex, excludeTerms: ["[a-"]), Now));

        ex.Rule.Field.ShouldBe("excludeTerms");
    }

    [Fact]
    public void Create_WhenTermsEmpty_ThrowsNeedAtLeastOneTerm()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => TriageRule.Create(Definition([]), Now));

        ex.Rule.Field.ShouldBe("terms");
        ex.Message.ShouldBe("A triage rule needs at least one term.");
    }

    [Fact]
    public void Create_WhenATermIsBlank_ThrowsNamingTermsField()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => TriageRule.Create(Definition(["rash", "  "]), Now));

        ex.Rule.Field.ShouldBe("terms");
        ex.Message.ShouldBe("Each term must be 1-200 characters.");
    }

    [Fact]
    public void Create_WhenNameBlank_ThrowsNamingNameField()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => TriageRule.Create(Definition(["rash"], name: " "), Now));

        ex.Rule.ShouldBeOfType<TriageRuleMustHaveNameRule>();
        ex.Rule.Field.ShouldBe("name");
    }

    [Fact]
    public void Create_WhenValid_StartsEnabledAtVersionOneWithTrimmedTerms()
    {
        var rule = TriageRule.Create(Definition([" rash ", "hives"]), Now);

        rule.Enabled.ShouldBeTrue();
        rule.Version.ShouldBe(1);
        rule.UpdatedAt.ShouldBe(Now);
        rule.Terms.ShouldBe(["rash", "hives"]);
    }

    [Fact]
    public void Update_WhenApplied_BumpsVersionAndStampsTime()
    {
        var rule = TriageRule.Create(Definition(["rash"]), Now);

        rule.Update(Definition(["rash", "hives"]), enabled: true, Now.AddHours(1));

        rule.Version.ShouldBe(2);
        rule.UpdatedAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void Update_WhenTermsChange_EvaluatesWithNewTerms()
    {
        var rule = TriageRule.Create(Definition(["rash"]), Now);
        rule.Evaluate(new TriageInput("a rash")).ShouldNotBeNull();

        rule.Update(Definition(["hives"]), enabled: true, Now.AddHours(1));

        rule.Evaluate(new TriageInput("a rash")).ShouldBeNull();
        rule.Evaluate(new TriageInput("hives")).ShouldNotBeNull();
    }

    [Fact]
    public void Update_WhenDefinitionInvalid_KeepsVersionAndTerms()
    {
        var rule = TriageRule.Create(Definition(["rash"]), Now);

        Should.Throw<BusinessRuleViolationException>(() => rule.Update(Definition([]), enabled: true, Now.AddHours(1)));

        rule.Version.ShouldBe(1);
        rule.Terms.ShouldBe(["rash"]);
    }
}
