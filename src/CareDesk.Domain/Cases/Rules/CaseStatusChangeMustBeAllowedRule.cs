using CareDesk.Domain.Common;

namespace CareDesk.Domain.Cases.Rules;

public sealed class CaseStatusChangeMustBeAllowedRule(CaseStatus from, CaseStatus to) : IBusinessRule
{
    public bool IsBroken() => to == CaseStatus.New || to == CaseStatus.Escalated || from == to;

    public string Message => to switch
    {
        CaseStatus.New => "A case cannot be set back to new.",
        CaseStatus.Escalated => "Escalate a case through an escalation, which names who it goes to.",
        _ => $"The case is already {from.ToString().ToLowerInvariant()}.",
    };

    public string? Field => "status";
}
