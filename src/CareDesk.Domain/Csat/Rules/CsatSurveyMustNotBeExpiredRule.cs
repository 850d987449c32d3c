using CareDesk.Domain.Common;

namespace CareDesk.Domain.Csat.Rules;

public sealed class CsatSurveyMustNotBeExpiredRule(CsatSurvey survey, DateTimeOffset now) : IGoneRule
{
    public bool IsBroken() => survey.IsExpired(now);

    public string Message => "This survey link has expired (links are valid for 14 days).";
}
