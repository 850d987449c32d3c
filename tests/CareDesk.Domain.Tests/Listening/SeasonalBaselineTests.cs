using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Domain.Tests.Listening;

public sealed class SeasonalBaselineTests
{
    [Fact]
    public void Score_UsesTheMedianAndAPoissonFloorForTheSpread()
    {
        // MAD of [4,5,6,5] is 0.5 → 0.74, below √5 = 2.236, so the Poisson floor is the scale.
        var score = SeasonalBaseline.Score(40, [4, 5, 6, 5]);

        score.Median.ShouldBe(5);
        score.Scale.ShouldBe(Math.Sqrt(5), 1e-9);
        score.RobustZ.ShouldBe(35 / Math.Sqrt(5), 1e-9);
    }

    [Fact]
    public void Score_WhenTheHistoryVariesWidely_UsesTheScaledMad()
    {
        // median 20, deviations [10,10,0,30] → MAD 10 → 14.826.
        var score = SeasonalBaseline.Score(80, [10, 30, 20, 50]);

        score.Median.ShouldBe(25);
        score.Scale.ShouldBe(SeasonalBaseline.MadToSigma * 10, 1e-9);
    }

    [Fact]
    public void Score_IsNotFooledByOneEarlierSpikeInTheHistory()
    {
        var score = SeasonalBaseline.Score(6, [5, 5, 200, 6]);

        score.Median.ShouldBe(5.5);
        score.RobustZ.ShouldBeLessThan(1);
    }

    [Theory]
    [InlineData(3.4, 0)]
    [InlineData(3.5, 1)]
    [InlineData(7.0, 3)]
    [InlineData(15.65, 5)]
    [InlineData(28.0, 7)]
    [InlineData(56.0, 9)]
    [InlineData(500.0, 10)]
    public void Severity_AddsTwoPointsPerDoublingOverTheThreshold(double robustZ, int expected) =>
        SeasonalBaseline.Severity(robustZ, threshold: 3.5).ShouldBe(expected);

    [Fact]
    public void HashtagHijack_NeedsAHostileMajorityThatIsNew()
    {
        new HashtagHijackScore("#cardiozen", Posts: 12, Hostile: 9, BaselineShare: 0.1).IsHijack(minPosts: 8, minRise: 0.4).ShouldBeTrue();
        new HashtagHijackScore("#cardiozen", Posts: 12, Hostile: 9, BaselineShare: 0.6).IsHijack(minPosts: 8, minRise: 0.4).ShouldBeFalse();
        new HashtagHijackScore("#cardiozen", Posts: 4, Hostile: 4, BaselineShare: 0).IsHijack(minPosts: 8, minRise: 0.4).ShouldBeFalse();
    }

    [Fact]
    public void Campaign_NeedsACopyPasteClusterFromMostlyNewAccounts()
    {
        var campaign = new CampaignScore(ClusterSize: 8, NewAccounts: 7, Authors: 8);

        campaign.IsCampaign(minClusterSize: 5, minNewAccountShare: 0.6).ShouldBeTrue();
        campaign.Severity(minClusterSize: 5).ShouldBe(5);
        new CampaignScore(ClusterSize: 8, NewAccounts: 1, Authors: 8).IsCampaign(5, 0.6).ShouldBeFalse();
        new CampaignScore(ClusterSize: 8, NewAccounts: 2, Authors: 2).IsCampaign(5, 0.6).ShouldBeFalse();
    }
}
