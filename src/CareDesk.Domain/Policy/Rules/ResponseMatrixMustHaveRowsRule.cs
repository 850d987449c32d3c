using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

public sealed class ResponseMatrixMustHaveRowsRule(IReadOnlyCollection<ResponseMatrixEntry> entries) : IBusinessRule
{
    public bool IsBroken() => entries.Count == 0;

    public string Message => "A response matrix needs at least one row.";

    public string? Field => "entries";
}
