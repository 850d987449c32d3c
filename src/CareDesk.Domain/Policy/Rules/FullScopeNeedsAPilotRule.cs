using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

public sealed class FullScopeNeedsAPilotRule(bool pilotMode) : ISequencingRule
{
    public bool IsBroken() => !pilotMode;

    public string Message => "The brand is already in full scope.";

    public string? Field => "pilotMode";
}
