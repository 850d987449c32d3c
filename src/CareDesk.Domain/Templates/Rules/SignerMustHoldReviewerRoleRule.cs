using CareDesk.Domain.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>Only a user who holds a reviewer role can sign as that role (R35 authority check).</summary>
public sealed class SignerMustHoldReviewerRoleRule(string signer, ReviewerRole role, IReadOnlyCollection<ReviewerRole> signerRoles) : IAuthorityRule
{
    public bool IsBroken() => !signerRoles.Contains(role);

    public string Message => $"'{signer}' does not hold the {role} reviewer role and cannot sign as {role} reviewer.";

    public string? Field => "role";
}
