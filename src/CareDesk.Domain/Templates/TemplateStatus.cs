namespace CareDesk.Domain.Templates;

/// <summary>
/// The MLR lifecycle of one template version (R46). Only <see cref="Approved"/> can be used for replies;
/// Expired, Withdrawn and Superseded are terminal for that version.
/// </summary>
public enum TemplateStatus
{
    Draft,
    InReview,

    /// <summary>A required approver said "Not approved" with a comment: the author revises and resubmits the same version.</summary>
    ReviseAndResubmit,
    Approved,
    Expired,
    Withdrawn,
    Superseded,
}
