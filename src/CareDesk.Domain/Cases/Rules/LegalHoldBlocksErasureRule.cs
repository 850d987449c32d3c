using CareDesk.Domain.Common;

namespace CareDesk.Domain.Cases.Rules;

public sealed class LegalHoldBlocksErasureRule(Case subject) : IBusinessRule
{
    public bool IsBroken() => subject.OnLegalHold;

    public string Message => $"Case {subject.Number} is on legal hold ({subject.LegalHoldReason}): nothing of it may be deleted or anonymised.";

    public string? Field => "caseNumber";
}
