using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>No self-approval: the author of a version cannot review or approve it (R35, ABPI Clause 8.1).</summary>
public sealed class AuthorMustNotApproveOwnTemplateRule(string author, string signer) : IAuthorityRule
{
    public bool IsBroken() => string.Equals(author, signer, StringComparison.OrdinalIgnoreCase);

    public string Message => $"'{signer}' authored this version and cannot review or approve it.";

    public string? Field => "role";
}
