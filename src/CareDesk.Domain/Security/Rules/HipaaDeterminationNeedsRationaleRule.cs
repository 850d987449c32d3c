using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

/// <summary>The answer is only useful to an auditor with its reason (e.g. "PSP run for Acme Health, a covered entity").</summary>
public sealed class HipaaDeterminationNeedsRationaleRule(string? rationale) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(rationale) || rationale.Trim().Length > HipaaDetermination.MaxRationaleLength;

    public string Message => "Say why this channel or programme is or is not subject to HIPAA.";

    public string? Field => "rationale";
}
