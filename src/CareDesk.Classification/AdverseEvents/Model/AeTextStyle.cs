namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// How a post is written. Tweets and forum posts differ so much (length, base rate, what "reports an AE" looks like)
/// that each style gets its own model, calibration and operating points; see ADR-009.
/// </summary>
public enum AeTextStyle
{
    /// <summary>A short public social post (X, Instagram, YouTube comments): the SMM4H tweets.</summary>
    SocialPost,

    /// <summary>A forum, community or direct-message post (Reddit, Facebook, web chat, e-mail): the CADEC and PsyTAR posts.</summary>
    ForumPost,
}

public static class AeTextStyles
{
    /// <summary>Longer than a tweet can be; used only when the channel does not say which style a post has.</summary>
    public const int SocialPostMaxLength = 280;

    /// <summary>The style of a post whose channel is unknown: anything longer than a tweet is a forum post.</summary>
    public static AeTextStyle FromLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > SocialPostMaxLength ? AeTextStyle.ForumPost : AeTextStyle.SocialPost;
    }
}
