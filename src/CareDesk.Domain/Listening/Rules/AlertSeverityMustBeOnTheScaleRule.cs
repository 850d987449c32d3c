using CareDesk.Domain.Common;

namespace CareDesk.Domain.Listening.Rules;

public sealed class AlertSeverityMustBeOnTheScaleRule(int severity) : IBusinessRule
{
    public bool IsBroken() => severity is < 1 or > 10;

    public string? Field => "minSeverity";

    public string Message => $"Severity runs from 1 to 10 (got {severity}).";
}
