using CareDesk.Domain.Common;

namespace CareDesk.Domain.Training.Rules;

public sealed class TrainingCannotBeCompletedInTheFutureRule(DateOnly completedOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => completedOn > today;

    public string Message => "Training cannot be recorded as completed in the future.";

    public string? Field => "completedOn";
}
