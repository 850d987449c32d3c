namespace CareDesk.Domain.Signatures;

/// <summary>The controlled list of what a signature means (21 CFR 11.50(a)(3), R31).</summary>
public enum SignatureMeaning
{
    MedicalReviewApproved,
    LegalReviewApproved,
    RegulatoryReviewApproved,
    Rejected,
    ReplyApproved,
    ReplyRejected,

    /// <summary>Periodic re-review of an approved version without a content change: its expiry moves on (R49).</summary>
    Recertified,

    UkCertified,

    /// <summary>A response matrix version approved for use (engagement policy, ADR-023).</summary>
    ResponseMatrixApproved,
}
