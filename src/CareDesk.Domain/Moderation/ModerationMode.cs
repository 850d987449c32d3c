namespace CareDesk.Domain.Moderation;

/// <summary>How comments on an owned page are moderated.</summary>
public enum ModerationMode
{
    /// <summary>Comments stay as the network shows them; staff moderate by hand only.</summary>
    Off,

    /// <summary>Comments are public at once; filters and moderators may hide them afterwards.</summary>
    PostModeration,

    /// <summary>Every comment is hidden on the page until a person has screened it.</summary>
    PreModeration,
}

/// <summary>Why a comment is not (or no longer) public.</summary>
public enum ModerationReason
{
    /// <summary>The page is pre-moderated: hidden until screened.</summary>
    AwaitingScreening,

    Profanity,

    Spam,

    /// <summary>A moderator found it breaks the brand's community guidelines.</summary>
    CommunityGuidelines,
}

/// <summary>What the page shows of a comment.</summary>
public enum ModerationState
{
    Visible,
    Hidden,
    Removed,
}

/// <summary>The change CareDesk still has to make on the network for a comment.</summary>
public enum PlatformModerationAction
{
    Hide,
    Unhide,
    Remove,
}
