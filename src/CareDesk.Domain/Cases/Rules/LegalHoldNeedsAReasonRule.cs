using CareDesk.Domain.Common;

namespace CareDesk.Domain.Cases.Rules;

public sealed class LegalHoldNeedsAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500;

    public string Message => "A legal hold needs a reason of at most 500 characters (the matter or request it serves).";

    public string? Field => "reason";
}
