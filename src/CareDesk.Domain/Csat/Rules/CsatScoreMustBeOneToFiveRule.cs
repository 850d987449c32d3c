using CareDesk.Domain.Common;

namespace CareDesk.Domain.Csat.Rules;

public sealed class CsatScoreMustBeOneToFiveRule(int score, string? comment) : IBusinessRule
{
    public bool IsBroken() => score is < 1 or > 5 || comment?.Trim().Length > CsatSurvey.MaxCommentLength;

    public string Message => score is < 1 or > 5 ? "Choose a score from 1 to 5." : $"The comment can have up to {CsatSurvey.MaxCommentLength} characters.";

    public string? Field => score is < 1 or > 5 ? "score" : "comment";
}
