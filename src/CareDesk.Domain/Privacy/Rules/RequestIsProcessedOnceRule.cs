using CareDesk.Domain.Common;

namespace CareDesk.Domain.Privacy.Rules;

public sealed class RequestIsProcessedOnceRule(DataSubjectRequest request) : IBusinessRule
{
    public bool IsBroken() => request.CompletedAt is not null;

    public string Message => "This data-subject request was already processed.";
}
