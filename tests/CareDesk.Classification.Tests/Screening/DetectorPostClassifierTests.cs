using CareDesk.Application.Abstractions;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Screening;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Classification.Tests.Screening;

/// <summary>The production screening with the shipped model: the model decides adverse events, rules keep the other labels.</summary>
public sealed class DetectorPostClassifierTests
{
    private static readonly Lazy<PostScreener> Balanced = new(() => Screener(ClassificationOptions.Balanced));
    private static readonly Lazy<PostScreener> Screening = new(() => Screener(ClassificationOptions.Screening));

    [Fact]
    public async Task Classify_WhenAPostReportsAReaction_GivesAdverseEventWithScoreDrugEventAndAllFourCriteria()
    {
        var outcome = await Classify(Balanced.Value, "My mom started Lipitor last month and now her legs ache constantly", author: "@daughter");

        outcome.Labels.ShouldContain(TriageLabel.AdverseEvent);
        var ae = outcome.AdverseEvent.ShouldNotBeNull();
        ae.Detected.ShouldBeTrue();
        ae.Score.ShouldBeGreaterThanOrEqualTo(ae.Threshold);
        ae.Drugs.ShouldContain(drug => drug.Name == "lipitor");
        ae.Criteria.AllMet.ShouldBeTrue();
        ae.Criteria.Patient.Evidence.ShouldNotBeNull().ShouldContain("mom", Case.Insensitive);
        outcome.Classifier.ShouldBe($"rules+{Balanced.Value.ModelVersion}");
    }

    [Fact]
    public async Task Classify_WhenARuleWouldCallItAnAdverseEventButTheModelDoesNot_DropsTheRuleHit()
    {
        var rules = new FixedClassifier(new RuleHit("keyword rule", TriageLabel.AdverseEvent, Priority.High, "reaction", 0, 8));

        var outcome = await new DetectorPostClassifier(rules, Balanced.Value).ClassifyAsync(new TriageInput("What a reaction from the crowd at the game!"), CancellationToken.None);

        outcome.Labels.ShouldNotContain(TriageLabel.AdverseEvent);
        outcome.AdverseEvent!.Detected.ShouldBeFalse();
    }

    [Fact]
    public async Task Classify_AtTheScreeningPoint_FlagsMoreThanAtBalanced()
    {
        const string text = "been on cymbalta 3 weeks, kinda foggy some days idk";

        var screening = await Classify(Screening.Value, text);
        var balanced = await Classify(Balanced.Value, text);

        screening.AdverseEvent!.Threshold.ShouldBeLessThan(balanced.AdverseEvent!.Threshold);
        screening.AdverseEvent.Score.ShouldBe(balanced.AdverseEvent.Score);
        screening.AdverseEvent.OperatingPoint.ShouldBe(ClassificationOptions.Screening);
    }

    [Fact]
    public async Task Classify_WhenPregnancyExposureWithoutAReaction_StillGoesToPharmacovigilance()
    {
        var outcome = await Classify(Balanced.Value, "Just found out I'm pregnant and I have been taking Lipitor every day");

        outcome.Labels.ShouldContain(TriageLabel.AdverseEvent);
        outcome.AdverseEvent!.SpecialSituations.ShouldContain(item => item.Kind == "PregnancyExposure");
    }

    [Fact]
    public async Task Classify_UsesTheModelAndThresholdOfThePostsTextStyle_FromItsChannel()
    {
        const string text = "been on cymbalta 3 weeks, kinda foggy some days idk";
        var model = ClassificationServiceCollectionExtensions.LoadModel(new ClassificationOptions { ModelDirectory = RepositoryPaths.ShippedModel });

        var tweet = (await Classify(Balanced.Value, text, channel: ChannelKind.X)).AdverseEvent!;
        var forum = (await Classify(Balanced.Value, text, channel: ChannelKind.Reddit)).AdverseEvent!;

        // The assessment rounds scores and thresholds to four decimals for display.
        tweet.Threshold.ShouldBe(model.ThresholdsFor(AeTextStyle.SocialPost).Balanced, 1e-4);
        tweet.Score.ShouldBe(model.Score(text, AeTextStyle.SocialPost), 1e-4);
        forum.Threshold.ShouldBe(model.ThresholdsFor(AeTextStyle.ForumPost).Balanced, 1e-4);
        forum.Score.ShouldBe(model.Score(text, AeTextStyle.ForumPost), 1e-4);
        forum.Threshold.ShouldNotBe(tweet.Threshold);
    }

    [Fact]
    public async Task Classify_AlwaysAddsSignals()
    {
        var outcome = await Classify(Balanced.Value, "Thank you so much, this works great! Call me on +1 212 555 0100");

        var signals = outcome.Signals.ShouldNotBeNull();
        signals.Sentiment.ShouldBe("positive");
        signals.PiiKinds.ShouldContain("phone");
        signals.Language.ShouldBe("en");
    }

    private static Task<TriageOutcome> Classify(PostScreener screener, string text, string? author = null, ChannelKind? channel = null) =>
        new DetectorPostClassifier(new FixedClassifier(), screener).ClassifyAsync(new TriageInput(text, channel, Author: author), CancellationToken.None);

    private static PostScreener Screener(string point)
    {
        var options = new ClassificationOptions { OperatingPoint = point, ModelDirectory = RepositoryPaths.ShippedModel };
        return new PostScreener(ClassificationServiceCollectionExtensions.LoadModel(options), options);
    }

    private sealed class FixedClassifier(params RuleHit[] hits) : IPostClassifier
    {
        public string Name => "rules";

        public Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken) =>
            Task.FromResult(TriageOutcome.FromHits(hits, Name));
    }
}
