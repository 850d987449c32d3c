namespace CareDesk.Domain.Replies.Approvals;

/// <summary>
/// One step of an approval path. Approvers are named by role (any signed-in user with that role) or by user name;
/// under <see cref="ApprovalMode.All"/> every named role and every named user must approve.
/// </summary>
public sealed record ApprovalTier(ApprovalMode Mode, IReadOnlyList<string> Roles, IReadOnlyList<string> Users)
{
    public bool Admits(string userName, string role) =>
        Users.Contains(userName, StringComparer.OrdinalIgnoreCase) || Roles.Contains(role, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the approvals given so far (user and role of each approver) complete this tier.</summary>
    public bool IsSatisfiedBy(IReadOnlyCollection<(string UserName, string Role)> approvals) => Mode == ApprovalMode.Any
        ? approvals.Any(approval => Admits(approval.UserName, approval.Role))
        : Users.All(user => approvals.Any(approval => string.Equals(approval.UserName, user, StringComparison.OrdinalIgnoreCase)))
          && Roles.All(role => approvals.Any(approval => string.Equals(approval.Role, role, StringComparison.OrdinalIgnoreCase)));

    public override string ToString() =>
        $"{Mode} of {string.Join(", ", Roles.Select(role => "role " + role).Concat(Users.Select(user => "user " + user)))}";
}
