using CareDesk.Domain.Common;

namespace CareDesk.Domain.Privacy.Rules;

public sealed class RequestCanBeExtendedOnceRule(DataSubjectRequest request) : IBusinessRule
{
    public bool IsBroken() => request.Extended || request.CompletedAt is not null;

    public string Message => request.Extended ? "The deadline of this request was already extended." : "This request is already completed.";

    public string? Field => "dueAt";
}
