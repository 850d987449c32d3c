namespace CareDesk.Domain.Replies.Approvals;

/// <summary>How a tier is satisfied: by one of its approvers, or by every one of them.</summary>
public enum ApprovalMode
{
    Any,
    All,
}
