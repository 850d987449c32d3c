using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>An LLT a MedDRA upgrade made non-current is flagged and blocks export until the event is recoded (R11).</summary>
public sealed class RetiredLltMustBeRecodedRule(string? recodeReason) : IUnprocessableRule
{
    public bool IsBroken() => recodeReason is not null;

    public string Message => recodeReason ?? string.Empty;

    public string? Field => "meddra";
}
