using CareDesk.Domain.Common;

namespace CareDesk.Domain.Training.Rules;

/// <summary>Only people whose required training is current may triage, reply or approve (R18; 21 CFR 11.10(i)): a 403.</summary>
public sealed class UserMustHoldCurrentTrainingRule(string userName, string activity, TrainingStanding standing) : IAuthorityRule
{
    public bool IsBroken() => !standing.IsCurrent;

    public string Message =>
        $"training expired: {userName} cannot {activity} until current training is recorded for {string.Join(", ", standing.MissingCourses)}.";

    public string? Field => "training";
}
