using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Domain.Channels;

namespace CareDesk.Classification.Screening;

/// <summary>Which AE model and operating points a post gets: known from its channel, else guessed from its length (ADR-009).</summary>
public static class TextStyleMapping
{
    public static AeTextStyle For(ChannelKind? channel, string text) => channel switch
    {
        ChannelKind.X or ChannelKind.Instagram or ChannelKind.Youtube => AeTextStyle.SocialPost,
        ChannelKind.Reddit or ChannelKind.Facebook or ChannelKind.WebChat or ChannelKind.Email => AeTextStyle.ForumPost,
        _ => AeTextStyles.FromLength(text),
    };
}
