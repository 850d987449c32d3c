namespace CareDesk.Domain.Listening.Anomalies;

public enum ListeningAlertKind
{
    /// <summary>More posts about the brand than the same hour of previous weeks would explain.</summary>
    VolumeSpike,

    /// <summary>More negative posts than the same hour of previous weeks would explain.</summary>
    NegativeSurge,

    /// <summary>Near-duplicate text posted by a burst of new accounts.</summary>
    CoordinatedCampaign,

    /// <summary>The brand hashtag suddenly carried mostly negative or off-topic posts.</summary>
    HashtagHijack,
}
