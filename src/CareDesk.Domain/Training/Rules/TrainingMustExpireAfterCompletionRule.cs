using CareDesk.Domain.Common;

namespace CareDesk.Domain.Training.Rules;

public sealed class TrainingMustExpireAfterCompletionRule(DateOnly completedOn, DateOnly expiresOn) : IBusinessRule
{
    public bool IsBroken() => expiresOn < completedOn;

    public string Message => "A training record must expire on or after the day it was completed.";

    public string? Field => "expiresOn";
}
