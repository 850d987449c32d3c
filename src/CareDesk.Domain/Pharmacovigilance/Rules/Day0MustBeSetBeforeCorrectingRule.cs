using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>Only a recorded Day 0 can be corrected; before that, confirming the criteria records it.</summary>
public sealed class Day0MustBeSetBeforeCorrectingRule(DateTimeOffset? minimumCriteriaMetAt) : IBusinessRule
{
    public bool IsBroken() => minimumCriteriaMetAt is null;

    public string Message => "Day 0 is not recorded yet: confirm the four minimum criteria first.";

    public string? Field => "minimumCriteriaMetAt";
}
