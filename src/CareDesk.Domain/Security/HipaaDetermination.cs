using CareDesk.Domain.Common;
using CareDesk.Domain.Security.Rules;

namespace CareDesk.Domain.Security;

/// <summary>
/// The tenant's recorded answer, per channel or programme, to "does this make us a HIPAA covered entity or business
/// associate?" (R39), with the reason and who decided. Safeguards do not depend on it; BAAs and breach rules do.
/// </summary>
public sealed class HipaaDetermination
{
    public const int MaxScopeLength = 100;
    public const int MaxRationaleLength = 2000;

    private HipaaDetermination()
    {
        Scope = Rationale = DecidedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>A channel key or a programme name, e.g. "x-cardiozen-us" or "Cardiozen patient support programme".</summary>
    public string Scope { get; private set; }

    public HipaaStatus Status { get; private set; }

    public string Rationale { get; private set; }

    public string DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public static HipaaDetermination Record(string scope, HipaaStatus status, string rationale, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new HipaaDeterminationNeedsScopeRule(scope));
        var determination = new HipaaDetermination { Id = Guid.NewGuid(), Scope = scope.Trim() };
        determination.Change(status, rationale, by, at);
        return determination;
    }

    public void Change(HipaaStatus status, string rationale, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new HipaaDeterminationNeedsRationaleRule(rationale));
        Status = status;
        Rationale = rationale.Trim();
        DecidedBy = by;
        DecidedAt = at;
    }
}
