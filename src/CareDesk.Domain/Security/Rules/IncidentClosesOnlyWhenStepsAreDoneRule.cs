using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

public sealed class IncidentClosesOnlyWhenStepsAreDoneRule(IReadOnlyList<NotificationStep> steps) : ISequencingRule
{
    public bool IsBroken() => steps.Any(step => !step.IsDone);

    public string Message => "An incident closes only when every notification step is done: " +
        string.Join(", ", steps.Where(step => !step.IsDone).Select(step => step.Name)) + ".";
}
