using CareDesk.Domain.Common;

namespace CareDesk.Domain.Triage.Rules;

public sealed class TriageRuleMustHaveNameRule(string? name) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(name) || name.Trim().Length > TriageRule.MaxNameLength;

    public string Message => $"A triage rule needs a name of 1-{TriageRule.MaxNameLength} characters.";

    public string? Field => "name";
}
