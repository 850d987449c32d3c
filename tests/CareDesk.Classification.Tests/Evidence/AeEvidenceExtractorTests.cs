using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class AeEvidenceExtractorTests
{
    private static readonly AeEvidenceExtractor Extractor = AeEvidenceExtractor.CreateDefault();

    [Fact]
    public void Extract_WhenMotherReportsStatinMusclePain_AllFourCriteriaAreMetWithEvidence()
    {
        const string text = "My mom started Lipitor last month and now her legs ache constantly";

        var evidence = Extractor.Extract(text, "@carol_b");

        evidence.Experiencer.ShouldBe(Experiencer.KnownOther);
        evidence.Criteria.AllMet.ShouldBeTrue();
        evidence.Criteria.Reporter.Evidence.ShouldBe("@carol_b");
        evidence.Criteria.Patient.Evidence.ShouldBe("My mom");
        evidence.Criteria.Product.Evidence.ShouldBe("Lipitor");
        evidence.Criteria.Event.Evidence.ShouldBe("legs ache");
        AssertOffsets(text, evidence.Criteria.Patient);
        AssertOffsets(text, evidence.Criteria.Product);
        AssertOffsets(text, evidence.Criteria.Event);
    }

    [Fact]
    public void Extract_WhenNoDrugIsNamed_ProductCriterionIsNotMet()
    {
        var evidence = Extractor.Extract("I have had a headache all day", "@sam");

        evidence.Criteria.Product.Met.ShouldBeFalse();
        evidence.Criteria.Event.Met.ShouldBeTrue();
        evidence.Criteria.AllMet.ShouldBeFalse();
    }

    [Fact]
    public void Extract_WhenAuthorIsMissing_ReporterCriterionIsNotMet()
    {
        Extractor.Extract("cymbalta gave me a rash", null).Criteria.Reporter.Met.ShouldBeFalse();
    }

    [Fact]
    public void Extract_WhenDrugIsTakenForTheSymptom_HasNoReactionEvent()
    {
        var evidence = Extractor.Extract("took advil for my headache", "@sam");

        evidence.Events.ShouldHaveSingleItem().IsIndication.ShouldBeTrue();
        evidence.ReactionEvents.ShouldBeEmpty();
        evidence.Criteria.Event.Met.ShouldBeFalse();
    }

    [Fact]
    public void Extract_WhenDrugCausedTheSymptom_ReportsAReactionEvent()
    {
        var evidence = Extractor.Extract("advil gave me a headache", "@sam");

        evidence.ReactionEvents.ShouldHaveSingleItem().Text.ShouldBe("headache");
        evidence.Criteria.AllMet.ShouldBeTrue();
    }

    [Fact]
    public void Extract_WhenOnlyEventIsNegated_EventCriterionIsNotMet()
    {
        var evidence = Extractor.Extract("Been on zoloft 3 weeks, no nausea at all", "@sam");

        evidence.Events.ShouldHaveSingleItem().Negated.ShouldBeTrue();
        evidence.Criteria.Event.Met.ShouldBeFalse();
    }

    [Fact]
    public void Extract_WhenEmojiPrecedeTheSpans_OffsetsPointAtTheOriginalText()
    {
        const string text = "😀😀 cymbalta gave me a rash 🤢 and 👩‍👧 my daughter too";

        var evidence = Extractor.Extract(text, "@sam");

        var drug = evidence.Drugs.ShouldHaveSingleItem();
        text.Substring(drug.Start, drug.End - drug.Start).ShouldBe("cymbalta");
        var rash = evidence.ReactionEvents.ShouldHaveSingleItem();
        text.Substring(rash.Start, rash.End - rash.Start).ShouldBe("rash");
        AssertOffsets(text, evidence.Criteria.Patient);
    }

    [Fact]
    public void Extract_WhenPostHasAOverdoseWithoutReaction_ReportsTheSpecialSituation()
    {
        var evidence = Extractor.Extract("Took double dose of Cardiozen by mistake, felt fine.", "@sam");

        evidence.SpecialSituations.Select(found => found.Situation)
            .ShouldBe([SpecialSituation.Overdose, SpecialSituation.MedicationError], ignoreOrder: true);
        evidence.ReactionEvents.ShouldBeEmpty();
    }

    private static void AssertOffsets(string text, Criterion criterion)
    {
        criterion.Met.ShouldBeTrue();
        text.Substring(criterion.Start!.Value, criterion.End!.Value - criterion.Start.Value).ShouldBe(criterion.Evidence);
    }
}
