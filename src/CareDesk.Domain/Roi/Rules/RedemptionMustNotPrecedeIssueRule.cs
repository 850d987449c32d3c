using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

/// <summary>A code cannot be redeemed before it was issued; such a line is a data error at the partner, not a sale to credit.</summary>
public sealed class RedemptionMustNotPrecedeIssueRule(RedemptionCode code, DateTimeOffset redeemedAt) : IBusinessRule
{
    public bool IsBroken() => redeemedAt < code.IssuedAt;

    public string Message => $"Code {code.Code} was issued at {code.IssuedAt:u}; it cannot have been redeemed at {redeemedAt:u}.";

    public string? Field => "redeemedAt";
}
