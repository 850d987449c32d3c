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
}
