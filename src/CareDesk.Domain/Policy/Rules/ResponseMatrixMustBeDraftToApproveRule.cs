using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

public sealed class ResponseMatrixMustBeDraftToApproveRule(ResponseMatrixStatus status) : ISequencingRule
{
    public bool IsBroken() => status != ResponseMatrixStatus.Draft;

    public string Message => $"Only a draft response matrix can be approved; this version is {status.ToString().ToLowerInvariant()}.";

    public string? Field => "status";
}
