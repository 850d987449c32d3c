using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Approvals.Rules;

/// <summary>One to three tiers, each naming at least one approver, and a positive expiry (product row 31).</summary>
public sealed class ApprovalPathMustBeWorkableRule(IReadOnlyList<ApprovalTier> tiers, TimeSpan expiresAfter) : IBusinessRule
{
    public bool IsBroken() => tiers.Count is 0 or > ReplyApprovalPolicy.MaxTiers
        || tiers.Any(tier => tier.Roles.Count + tier.Users.Count == 0)
        || expiresAfter <= TimeSpan.Zero;

    public string Message => $"An approval path needs 1 to {ReplyApprovalPolicy.MaxTiers} tiers, each with at least one approver role or user, and a positive expiry.";

    public string? Field => "tiers";
}
