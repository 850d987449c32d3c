using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

public sealed class IncidentClosesOnlyOnceRule(bool isOpen) : ISequencingRule
{
    public bool IsBroken() => !isOpen;

    public string Message => "The incident is already closed.";
}
