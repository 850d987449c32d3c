using CareDesk.Domain.Common;

namespace CareDesk.Domain.Retention.Rules;

/// <summary>Guards against a typo such as 1000 years; longer keeping needs a legal hold, not a period.</summary>
public sealed class RetentionWithinReasonRule(int years) : IBusinessRule
{
    public bool IsBroken() => years > RetentionPolicy.MaxYears;

    public string Message => $"A retention period is at most {RetentionPolicy.MaxYears} years; use a legal hold to keep records longer.";

    public string? Field => "years";
}
