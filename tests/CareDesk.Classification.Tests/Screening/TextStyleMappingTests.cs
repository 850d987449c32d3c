using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Screening;
using CareDesk.Domain.Channels;

namespace CareDesk.Classification.Tests.Screening;

public sealed class TextStyleMappingTests
{
    [Theory]
    [InlineData(ChannelKind.X, AeTextStyle.SocialPost)]
    [InlineData(ChannelKind.Instagram, AeTextStyle.SocialPost)]
    [InlineData(ChannelKind.Youtube, AeTextStyle.SocialPost)]
    [InlineData(ChannelKind.Reddit, AeTextStyle.ForumPost)]
    [InlineData(ChannelKind.Facebook, AeTextStyle.ForumPost)]
    [InlineData(ChannelKind.WebChat, AeTextStyle.ForumPost)]
    [InlineData(ChannelKind.Email, AeTextStyle.ForumPost)]
    public void The_channel_decides_the_style_whatever_the_length(ChannelKind channel, AeTextStyle expected)
    {
        TextStyleMapping.For(channel, "short").ShouldBe(expected);
        TextStyleMapping.For(channel, new string('x', 1000)).ShouldBe(expected);
    }

    [Fact]
    public void Without_a_channel_only_a_post_longer_than_a_tweet_is_a_forum_post()
    {
        TextStyleMapping.For(null, new string('x', AeTextStyles.SocialPostMaxLength)).ShouldBe(AeTextStyle.SocialPost);
        TextStyleMapping.For(null, new string('x', AeTextStyles.SocialPostMaxLength + 1)).ShouldBe(AeTextStyle.ForumPost);
    }
}
