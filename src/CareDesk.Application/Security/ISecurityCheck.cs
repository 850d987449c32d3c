namespace CareDesk.Application.Security;

public enum SecurityCheckStatus
{
    Pass,
    Warn,
    Fail,

    /// <summary>Stated by the operator in configuration; CareDesk cannot verify it from inside.</summary>
    Declared,
}

public sealed record SecurityCheckResult(string Area, string Check, SecurityCheckStatus Status, string Detail);

/// <summary>One part of the configuration inspection (R39): transport security (web host), database encryption (infrastructure).</summary>
public interface ISecurityCheck
{
    IEnumerable<SecurityCheckResult> Inspect();
}
