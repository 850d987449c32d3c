using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Domain.Tests.Listening;

public sealed class MinHashTests
{
    private readonly MinHash _minHash = new(hashCount: 128, shingleSize: 3);

    [Fact]
    public void Shingles_AreConsecutiveWordTriples()
    {
        _minHash.Shingles("Boycott Cardiozen now, boycott").ShouldBe(["boycott cardiozen now", "cardiozen now boycott"], ignoreOrder: true);
    }

    [Fact]
    public void EstimateSimilarity_OfIdenticalTexts_IsOne()
    {
        var text = "Cardiozen hides side effects from patients share this everywhere";

        MinHash.EstimateSimilarity(_minHash.Signature(text), _minHash.Signature(text.ToUpperInvariant())).ShouldBe(1);
    }

    [Fact]
    public void EstimateSimilarity_TracksTheExactJaccardOfTheShingles()
    {
        var first = "cardiozen hides the side effects from patients so share this with everyone you know today";
        var second = "cardiozen hides the side effects from patients so share this with everyone you love today";

        var exact = MinHash.Jaccard(_minHash.Shingles(first), _minHash.Shingles(second));
        var estimate = MinHash.EstimateSimilarity(_minHash.Signature(first), _minHash.Signature(second));

        exact.ShouldBe(11.0 / 15, 1e-9);
        estimate.ShouldBe(exact, 0.15);
    }

    [Fact]
    public void EstimateSimilarity_OfUnrelatedTexts_IsNearZero()
    {
        var estimate = MinHash.EstimateSimilarity(
            _minHash.Signature("my refill arrived on time and the pharmacist was kind"),
            _minHash.Signature("does anyone know whether the inhaler works for children under six"));

        estimate.ShouldBeLessThan(0.1);
    }

    [Fact]
    public void Find_GroupsNearDuplicatesAndLeavesDistinctTextsOut()
    {
        var texts = new[]
        {
            "Cardiozen hides side effects from patients. Share before they delete this! #boycottcardiozen",
            "My refill came late again, third time this year",
            "cardiozen hides side effects from patients share before they delete this #boycottcardiozen",
            "Cardiozen hides side effects from patients. Share before they delete this!! #BoycottCardiozen #truth",
            "Has anyone tried taking cardiozen with food?",
        };

        var clusters = new NearDuplicateClusters(_minHash).Find(texts, threshold: 0.6);

        clusters.Count.ShouldBe(1);
        clusters[0].ShouldBe([0, 2, 3], ignoreOrder: true);
    }
}
