using CareDesk.Domain.Users;

namespace CareDesk.Domain.Signatures;

public static class SignatureMeanings
{
    public static SignatureMeaning ApprovalAs(ReviewerRole role) => role switch
    {
        ReviewerRole.Medical => SignatureMeaning.MedicalReviewApproved,
        ReviewerRole.Legal => SignatureMeaning.LegalReviewApproved,
        ReviewerRole.Regulatory => SignatureMeaning.RegulatoryReviewApproved,
        ReviewerRole.UkCertifier => SignatureMeaning.UkCertified,
    };

    /// <summary>The words shown wherever the signature is rendered, e.g. "Medical review: Approved".</summary>
    public static string Describe(SignatureMeaning meaning, ReviewerRole? role = null) => meaning switch
    {
        SignatureMeaning.MedicalReviewApproved => "Medical review: Approved",
        SignatureMeaning.LegalReviewApproved => "Legal review: Approved",
        SignatureMeaning.RegulatoryReviewApproved => "Regulatory review: Approved",
        SignatureMeaning.Rejected => role is { } reviewer ? $"{reviewer} review: Not approved" : "Not approved",
        SignatureMeaning.ReplyApproved => "Reply approval: Approved",
        SignatureMeaning.ReplyRejected => "Reply approval: Rejected",
        SignatureMeaning.Recertified => "Re-certified",
        SignatureMeaning.UkCertified => "UK certification (nominated signatory): Certified",
        SignatureMeaning.ResponseMatrixApproved => "Response matrix: Approved",
    };
}
