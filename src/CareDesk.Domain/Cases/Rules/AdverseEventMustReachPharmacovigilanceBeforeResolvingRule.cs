using CareDesk.Domain.Common;
using CareDesk.Domain.Sla;

namespace CareDesk.Domain.Cases.Rules;

/// <summary>A possible adverse event must be handed to PV before anyone can close the case.</summary>
public sealed class AdverseEventMustReachPharmacovigilanceBeforeResolvingRule(Case subject) : IBusinessRule
{
    public bool IsBroken() => subject.HasOpenClock(SlaClockKind.PvHandoff);

    public string Message => $"Case {subject.Number} is a possible adverse event: escalate it to pharmacovigilance before resolving it.";

    public string? Field => "status";
}
