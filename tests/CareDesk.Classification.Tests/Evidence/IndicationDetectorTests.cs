using CareDesk.Classification.Evidence;

using CareDesk.Classification.Products;

namespace CareDesk.Classification.Tests.Evidence;

public sealed class IndicationDetectorTests
{
    private static readonly DrugLexicon Drugs = DrugLexicon.LoadDefault();
    private static readonly IndicationDetector Detector = new(Drugs);

    [Theory]
    [InlineData("took advil for my headache", "headache")]
    [InlineData("cymbalta helps my depression", "depression")]
    [InlineData("I'm on lexapro for anxiety", "anxiety")]
    [InlineData("my doctor prescribed zoloft to treat my depression", "depression")]
    [InlineData("depression hurts, cymbalta can help", "depression")]
    [InlineData("my anxiety is so much better on lexapro", "anxiety")]
    public void IsIndication_WhenDrugIsTakenForTheEvent_ReturnsTrue(string text, string mention)
    {
        IsIndication(text, mention).ShouldBeTrue();
    }

    [Theory]
    [InlineData("advil gave me a headache", "headache")]
    [InlineData("headaches since starting cymbalta", "headaches")]
    [InlineData("lexapro made me so anxious", "anxious")]
    [InlineData("took advil for my back and got a rash", "rash")]
    [InlineData("the worst side effect of zoloft for me is nausea", "nausea")]
    public void IsIndication_WhenTextDescribesAReaction_ReturnsFalse(string text, string mention)
    {
        IsIndication(text, mention).ShouldBeFalse();
    }

    [Fact]
    public void IsIndication_WhenEventIsAnApprovedIndicationOfAConfiguredProduct_ReturnsTrue()
    {
        var lexicon = Drugs.WithProducts([new ConfiguredProduct("Cardiozen", [], ["high blood pressure"])]);
        const string text = "Cardiozen keeps my high blood pressure down";
        var start = text.IndexOf("high blood pressure", StringComparison.Ordinal);

        new IndicationDetector(lexicon).IsIndication(text, start, start + 19, lexicon.Find(text)).ShouldBeTrue();
    }

    private static bool IsIndication(string text, string mention)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);
        return Detector.IsIndication(text, start, start + mention.Length, Drugs.Find(text));
    }
}
