using CareDesk.Domain.Replies.Approvals;

namespace CareDesk.Application.Approvals;

/// <summary>The reply approval path, bound from the "ReplyApproval" configuration section.</summary>
public sealed class ReplyApprovalOptions
{
    public const string SectionName = "ReplyApproval";

    /// <summary>Up to three tiers, in order; by default one supervisor or admin approves.</summary>
    public List<TierOptions> Tiers { get; set; } = [];

    /// <summary>After this long an undecided request lapses and nothing is sent.</summary>
    public TimeSpan ExpiresAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Reporter roles of the classifier's signals (PostSignals.ReporterRole) that send a reply for approval.</summary>
    public List<string> RiskyReporterRoles { get; set; } = ["healthcareprofessional", "journalist"];

    public ReplyApprovalPolicy ToPolicy()
    {
        var tiers = Tiers.Count == 0
            ? [new ApprovalTier(ApprovalMode.Any, ["Supervisor", "Admin"], [])]
            : Tiers.Select(tier => new ApprovalTier(tier.Mode, tier.Roles, tier.Users)).ToList();
        return new ReplyApprovalPolicy(tiers, ExpiresAfter);
    }

    public sealed class TierOptions
    {
        public ApprovalMode Mode { get; set; } = ApprovalMode.Any;

        public List<string> Roles { get; set; } = [];

        public List<string> Users { get; set; } = [];
    }
}
