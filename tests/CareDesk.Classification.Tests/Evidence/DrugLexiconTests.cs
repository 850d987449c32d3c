using CareDesk.Classification.Evidence;

using CareDesk.Classification.Products;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class DrugLexiconTests
{
    private static readonly DrugLexicon Lexicon = DrugLexicon.LoadDefault();

    [Theory]
    [InlineData("Started Cymbalta last week", "cymbalta", "Cymbalta")]
    [InlineData("on ZOLOFT again", "zoloft", "ZOLOFT")]
    [InlineData("my doc switched me to escitalopram", "lexapro", "escitalopram")]
    [InlineData("two advil and bed", "ibuprofen", "advil")]
    [InlineData("effexor xr withdrawal is brutal", "effexor", "effexor xr")]
    [InlineData("got my flu shot today", "flu vaccine", "flu shot")]
    public void Find_WhenTextNamesAMedicine_ReturnsCanonicalAndMatchedText(string text, string canonical, string matched)
    {
        var mention = Lexicon.Find(text).ShouldHaveSingleItem();

        mention.Canonical.ShouldBe(canonical);
        mention.Matched.ShouldBe(matched);
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(matched);
        mention.IsConfiguredProduct.ShouldBeFalse();
    }

    [Theory]
    [InlineData("the cymbalt is making me dizzy", "cymbalt")]
    [InlineData("cymbala day 3", "cymbala")]
    [InlineData("seraquel knocks me out", "seraquel")]
    [InlineData("wellbutrn is fine", "wellbutrn")]
    public void Find_WhenNameIsMisspelt_ReturnsTheIntendedMedicine(string text, string matched)
    {
        var mention = Lexicon.Find(text).ShouldHaveSingleItem();

        mention.Matched.ShouldBe(matched);
        mention.Canonical.ShouldBeOneOf("cymbalta", "seroquel", "wellbutrin");
    }

    [Theory]
    [InlineData("#cymbalta is the worst", "cymbalta", "cymbalta")]
    [InlineData("day 4 #LipitorSideEffects", "lipitor", "Lipitor")]
    public void Find_WhenHashtagStartsWithAName_ReturnsTheNamePart(string text, string canonical, string matched)
    {
        var mention = Lexicon.Find(text).ShouldHaveSingleItem();

        mention.Canonical.ShouldBe(canonical);
        mention.Matched.ShouldBe(matched);
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe(matched);
    }

    [Theory]
    [InlineData("I have the ability to sing at the concert tonight")]
    [InlineData("Modern lyrics are singular and the creator was ambient")]
    [InlineData("Please listen, the weather today is lovely and nothing changed")]
    [InlineData("I'm aspiring to be a better person, said the teacher")]
    public void Find_WhenTextHasOnlyOrdinaryWords_ReturnsNothing(string text)
    {
        Lexicon.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void Find_WhenEmojiPrecedeTheName_OffsetsAreUtf16()
    {
        const string text = "😀😀 cymbalta gave me a rash";

        var mention = Lexicon.Find(text).ShouldHaveSingleItem();

        mention.Start.ShouldBe(5);
        text.Substring(mention.Start, mention.End - mention.Start).ShouldBe("cymbalta");
    }

    [Fact]
    public void WithProducts_WhenCustomerProductIsNamed_MarksItConfigured()
    {
        var lexicon = Lexicon.WithProducts([new ConfiguredProduct("Zentravo", ["ZTV-20"], ["hypertension"])]);

        var mentions = lexicon.Find("Zentravo and ztv-20 and lipitor");

        mentions.Select(mention => mention.Canonical).ShouldBe(["Zentravo", "Zentravo", "lipitor"]);
        mentions[0].IsConfiguredProduct.ShouldBeTrue();
        mentions[2].IsConfiguredProduct.ShouldBeFalse();
        lexicon.ApprovedIndicationsFor("Zentravo").ShouldBe(["hypertension"]);
    }

    [Fact]
    public void LoadDefault_WhenLoaded_KnowsTheDemoBrands()
    {
        Lexicon.Find("Cardiozen and Respiro").Select(mention => mention.Canonical).ShouldBe(["cardiozen", "respiro"]);
    }
}
