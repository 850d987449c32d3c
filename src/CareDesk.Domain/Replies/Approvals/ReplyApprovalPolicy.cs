using CareDesk.Domain.Common;
using CareDesk.Domain.Replies.Approvals.Rules;

namespace CareDesk.Domain.Replies.Approvals;

/// <summary>The approval path a reply that is not a plain approved template must pass, and how long a request stays open.</summary>
public sealed record ReplyApprovalPolicy
{
    public const int MaxTiers = 3;

    public ReplyApprovalPolicy(IReadOnlyList<ApprovalTier> tiers, TimeSpan expiresAfter)
    {
        BusinessRules.Check(new ApprovalPathMustBeWorkableRule(tiers, expiresAfter));
        Tiers = tiers;
        ExpiresAfter = expiresAfter;
    }

    public IReadOnlyList<ApprovalTier> Tiers { get; }

    public TimeSpan ExpiresAfter { get; }
}
