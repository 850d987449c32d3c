namespace CareDesk.Domain.Misinformation;

/// <summary>
/// One false or misleading statement in the defined portion of the forum. Positive overstates the product (efficacy,
/// safety), negative understates it (overstated risk); both must be corrected, never selectively (R26).
/// </summary>
public sealed record MisinformationItem(int Number, string Statement, MisinformationDirection Direction, bool Addressed = false, string? Rationale = null)
{
    public bool Settled => Addressed || !string.IsNullOrWhiteSpace(Rationale);
}

public enum MisinformationDirection
{
    Positive,
    Negative,
}

public enum MisinformationCorrectionStatus
{
    Open,
    Attested,
    Delivered,
}

/// <summary>How the correction reached the forum: posted alongside the misinformation, or sent to the site owner to act on.</summary>
public enum CorrectionDelivery
{
    PostedInForum,
    SentToSiteOwner,
}
