using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

/// <summary>A completed notification step keeps who did it and when; it is not redone over the top.</summary>
public sealed class IncidentStepCompletedOnceRule(NotificationStep step) : ISequencingRule
{
    public bool IsBroken() => step.IsDone;

    public string Message => $"\"{step.Name}\" was already completed by {step.CompletedBy}.";

    public string? Field => "step";
}
