using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>Awareness timestamps change only through a correction that says why (R3).</summary>
public sealed class CorrectionNeedsReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "A Day 0 correction needs a reason.";

    public string? Field => "reason";
}
