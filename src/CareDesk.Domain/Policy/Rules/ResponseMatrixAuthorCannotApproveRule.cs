using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

/// <summary>Four eyes, as for templates: the author of a response matrix version never approves it.</summary>
public sealed class ResponseMatrixAuthorCannotApproveRule(string author, string approver) : IAuthorityRule
{
    public bool IsBroken() => string.Equals(author, approver, StringComparison.OrdinalIgnoreCase);

    public string Message => "The author of a response matrix cannot approve it.";

    public string? Field => "approver";
}
