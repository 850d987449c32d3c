using CareDesk.Domain.Moderation;

namespace CareDesk.Domain.Tests.Moderation;

public sealed class ModerationFilterTests
{
    [Theory]
    [InlineData("this f***ing drug gave me seizures", true)]
    [InlineData("what the fuck is this pack", true)]
    [InlineData("Fucking useless inhaler", true)]
    [InlineData("take 2 * 5 mg a day", false)]
    [InlineData("this drug gave me seizures", false)]
    public void Profanity_matches_configured_terms_and_words_the_author_masked(string text, bool profane) =>
        ModerationFilter.IsProfane(text, ["fuck"]).ShouldBe(profane);

    [Fact]
    public void Spam_is_a_configured_phrase_or_more_than_three_links()
    {
        ModerationFilter.IsSpam("Crypto GIVEAWAY here", ["crypto giveaway"]).ShouldBeTrue();
        ModerationFilter.IsSpam("http://a http://b http://c http://d", []).ShouldBeTrue();
        ModerationFilter.IsSpam("see https://cardiozen.example", []).ShouldBeFalse();
    }

    [Fact]
    public void A_filter_that_is_switched_off_hides_nothing_and_the_explanation_names_the_reason_in_words()
    {
        var guidelines = CommunityGuidelines.For(Guid.NewGuid());
        guidelines.Change("Be kind.", "", profanityFilter: false, ["fuck"], spamFilter: true, ["buy followers"], "sam", DateTimeOffset.UnixEpoch);

        guidelines.Screen("this f***ing drug").ShouldBeNull();
        guidelines.Screen("Buy followers now").ShouldBe(ModerationReason.Spam);
        guidelines.ExplanationFor(ModerationReason.Spam).ShouldContain("looks like spam");
        guidelines.Version.ShouldBe(1);
    }
}
