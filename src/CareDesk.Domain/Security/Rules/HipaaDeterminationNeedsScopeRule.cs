using CareDesk.Domain.Common;

namespace CareDesk.Domain.Security.Rules;

public sealed class HipaaDeterminationNeedsScopeRule(string? scope) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(scope) || scope.Trim().Length > HipaaDetermination.MaxScopeLength;

    public string Message => $"Name the channel or programme (at most {HipaaDetermination.MaxScopeLength} characters).";

    public string? Field => "scope";
}
