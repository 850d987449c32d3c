using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Approvals.Rules;

/// <summary>A rejection tells the author why, and the audit trail keeps it.</summary>
public sealed class RejectionMustGiveAReasonRule(bool approve, string? reason) : IBusinessRule
{
    public bool IsBroken() => !approve && string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for rejecting this reply.";

    public string? Field => "reason";
}
