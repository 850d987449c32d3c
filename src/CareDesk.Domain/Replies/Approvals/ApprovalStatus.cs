namespace CareDesk.Domain.Replies.Approvals;

public enum ApprovalStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Nobody decided before the request's expiry; nothing was sent.</summary>
    Lapsed,
}
