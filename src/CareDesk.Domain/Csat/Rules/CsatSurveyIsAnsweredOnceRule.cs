using CareDesk.Domain.Common;

namespace CareDesk.Domain.Csat.Rules;

public sealed class CsatSurveyIsAnsweredOnceRule(CsatSurvey survey) : ISequencingRule
{
    public bool IsBroken() => survey.AnsweredAt is not null;

    public string Message => "This survey was already answered. Thank you, only the first answer counts.";
}
