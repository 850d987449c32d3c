using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Triage;

public sealed class TriageRuleEvaluateTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    private static TriageRule Rule(
        IReadOnlyList<string> terms,
        TriageMatchKind kind = TriageMatchKind.AnyTerm,
        IReadOnlyList<string>? excludeTerms = null,
        IReadOnlyList<ChannelKind>? channelKinds = null,
        bool publicOnly = false) =>
        TriageRule.Create(
            new TriageRuleDefinition("Test rule", TriageLabel.AdverseEvent, Priority.High, kind, terms, excludeTerms, channelKinds, publicOnly),
            Now);

    private static RuleHit? Evaluate(TriageRule rule, string text, ChannelKind? channel = null, bool isPublic = true) =>
        rule.Evaluate(new TriageInput(text, channel, isPublic));

    [Theory]
    [InlineData("I have a rash")]
    [InlineData("Rash on both arms")]
    [InlineData("a rash, then hives")]
    public void Evaluate_WhenTermOccursAsWholeWord_Fires(string text) =>
        Evaluate(Rule(["rash"]), text).ShouldNotBeNull();

    [Theory]
    [InlineData("that was a brash reply")]
    [InlineData("rashes everywhere")]
    [InlineData("rash2")]
    public void Evaluate_WhenTermIsOnlyPartOfAWord_DoesNotFire(string text) =>
        Evaluate(Rule(["rash"]), text).ShouldBeNull();

    [Fact]
    public void Evaluate_WhenTermHasWildcardSuffix_MatchesAnyWordEnding()
    {
        var hit = Evaluate(Rule(["nause*"]), "I feel nauseous after lunch");

        hit.ShouldNotBeNull().Evidence.ShouldBe("nauseous");
    }

    [Fact]
    public void Evaluate_WhenWildcardStemStartsInsideAWord_DoesNotFire() =>
        Evaluate(Rule(["nause*"]), "antinausea tablets").ShouldBeNull();

    [Theory]
    [InlineData("I was short of breath")]
    [InlineData("I was short  of\tbreath")]
    [InlineData("I was SHORT OF\nBREATH")]
    public void Evaluate_WhenPhraseSpansFlexibleWhitespace_Fires(string text) =>
        Evaluate(Rule(["short of breath"]), text).ShouldNotBeNull();

    [Fact]
    public void Evaluate_WhenPhraseWordsAreSeparatedByOtherWords_DoesNotFire() =>
        Evaluate(Rule(["short of breath"]), "short walk, out of breath").ShouldBeNull();

    [Fact]
    public void Evaluate_WhenExcludeTermOccurs_DoesNotFire() =>
        Evaluate(Rule(["side effect*"], excludeTerms: ["no side effects"]), "No side effects at all so far").ShouldBeNull();

    [Fact]
    public void Evaluate_WhenExcludeTermAbsent_Fires() =>
        Evaluate(Rule(["side effect*"], excludeTerms: ["no side effects"]), "Bad side effects this week").ShouldNotBeNull();

    [Fact]
    public void Evaluate_WhenAllTermsPresent_FiresWithEarliestMatchAsEvidence()
    {
        var hit = Evaluate(Rule(["broken", "inhaler"], TriageMatchKind.AllTerms), "My inhaler is broken");

        hit.ShouldNotBeNull().Evidence.ShouldBe("inhaler");
    }

    [Fact]
    public void Evaluate_WhenOnlySomeOfAllTermsPresent_DoesNotFire() =>
        Evaluate(Rule(["broken", "inhaler"], TriageMatchKind.AllTerms), "My inhaler is fine").ShouldBeNull();

    [Fact]
    public void Evaluate_WhenRegexTermMatches_FiresWithMatchedText()
    {
        var hit = Evaluate(Rule([@"\d{3}/\d{2,3}"], TriageMatchKind.Regex), "BP back up to 160/100 today");

        hit.ShouldNotBeNull().Evidence.ShouldBe("160/100");
    }

    [Fact]
    public void Evaluate_WhenRegexTermDoesNotMatch_DoesNotFire() =>
        Evaluate(Rule([@"\d{3}/\d{2,3}"], TriageMatchKind.Regex), "BP is fine").ShouldBeNull();

    [Fact]
    public void Evaluate_WhenChannelNotInRuleChannels_DoesNotFire() =>
        Evaluate(Rule(["rash"], channelKinds: [ChannelKind.X]), "a rash", ChannelKind.Facebook).ShouldBeNull();

    [Fact]
    public void Evaluate_WhenChannelInRuleChannels_Fires() =>
        Evaluate(Rule(["rash"], channelKinds: [ChannelKind.X]), "a rash", ChannelKind.X).ShouldNotBeNull();

    [Fact]
    public void Evaluate_WhenInputChannelUnknown_AppliesChannelRestrictedRule() =>
        Evaluate(Rule(["rash"], channelKinds: [ChannelKind.X]), "a rash", channel: null).ShouldNotBeNull();

    [Fact]
    public void Evaluate_WhenPublicOnlyRuleSeesPrivatePost_DoesNotFire() =>
        Evaluate(Rule(["rash"], publicOnly: true), "a rash", isPublic: false).ShouldBeNull();

    [Fact]
    public void Evaluate_WhenPublicOnlyRuleSeesPublicPost_Fires() =>
        Evaluate(Rule(["rash"], publicOnly: true), "a rash", isPublic: true).ShouldNotBeNull();

    [Fact]
    public void Evaluate_WhenRuleDisabled_NeverFires()
    {
        var rule = Rule(["rash"]);
        rule.Update(rule.ToDefinition(), enabled: false, Now.AddMinutes(1));

        Evaluate(rule, "a rash").ShouldBeNull();
    }

    [Fact]
    public void Evaluate_WhenFired_EvidencePointsAtMatchedTextInInput()
    {
        const string Text = "Since Monday I have had a Rash on my neck";

        var hit = Evaluate(Rule(["headache", "rash"]), Text).ShouldNotBeNull();

        hit.Start.ShouldBe(26);
        hit.Length.ShouldBe(4);
        Text.Substring(hit.Start, hit.Length).ShouldBe("Rash");
        hit.Evidence.ShouldBe("Rash");
    }

    [Fact]
    public void Evaluate_WhenSeveralTermsMatch_UsesEarliestMatchInText()
    {
        var hit = Evaluate(Rule(["rash", "headache"]), "headache first, rash later").ShouldNotBeNull();

        hit.Evidence.ShouldBe("headache");
        hit.Start.ShouldBe(0);
    }

    [Fact]
    public void Evaluate_WhenFired_HitCarriesRuleNameLabelAndPriority()
    {
        var hit = Evaluate(Rule(["rash"]), "a rash").ShouldNotBeNull();

        hit.Source.ShouldBe("Test rule");
        hit.Label.ShouldBe(TriageLabel.AdverseEvent);
        hit.Priority.ShouldBe(Priority.High);
    }
}
