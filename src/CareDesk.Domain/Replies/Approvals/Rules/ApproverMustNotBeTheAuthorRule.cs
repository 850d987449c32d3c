using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Approvals.Rules;

/// <summary>No self-approval: whoever proposed a reply cannot approve (or reject) it.</summary>
public sealed class ApproverMustNotBeTheAuthorRule(ReplyApprovalRequest request, string approver) : IBusinessRule
{
    public bool IsBroken() => string.Equals(request.RequestedBy, approver, StringComparison.OrdinalIgnoreCase);

    public string Message => $"{approver} proposed this reply and cannot decide on it: another approver must.";

    public string? Field => "approver";
}
