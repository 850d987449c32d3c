using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Approvals.Rules;

/// <summary>Only an approver the current tier names (by role or user) may decide, and each person only once per request.</summary>
public sealed class ApproverMustBelongToTheCurrentTierRule(ReplyApprovalRequest request, string approver, string role) : IBusinessRule
{
    public bool IsBroken() => !request.CurrentTierDefinition.Admits(approver, role)
        || request.Decisions.Any(decision => string.Equals(decision.UserName, approver, StringComparison.OrdinalIgnoreCase));

    public string Message => request.Decisions.Any(decision => string.Equals(decision.UserName, approver, StringComparison.OrdinalIgnoreCase))
        ? $"{approver} has already decided on this reply."
        : $"Tier {request.CurrentTier} needs {request.CurrentTierDefinition}; {approver} ({role}) is not one of them.";

    public string? Field => "approver";
}
