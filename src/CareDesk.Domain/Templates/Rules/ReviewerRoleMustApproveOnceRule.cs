using CareDesk.Domain.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>Each required role approves a version once, and one person fills one role: three roles mean three people (R47).</summary>
public sealed class ReviewerRoleMustApproveOnceRule(IReadOnlyCollection<TemplateApproval> approvals, ReviewerRole role, string signer) : ISequencingRule
{
    public bool IsBroken() => approvals.Any(approval => approval.Role == role || string.Equals(approval.UserName, signer, StringComparison.OrdinalIgnoreCase));

    public string Message => approvals.Any(approval => approval.Role == role)
        ? $"Sequencing: the {role} review of this version is already approved."
        : $"'{signer}' already approved this version in another role; each required role needs its own reviewer.";

    public string? Field => "role";
}
