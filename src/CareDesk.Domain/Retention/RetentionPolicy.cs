using CareDesk.Domain.Common;
using CareDesk.Domain.Retention.Rules;

namespace CareDesk.Domain.Retention;

/// <summary>The configured retention period of one record class; never below its legal floor (R38).</summary>
public sealed class RetentionPolicy
{
    public const int MaxYears = 100;

    private RetentionPolicy()
    {
        ChangedBy = string.Empty;
    }

    public RecordClass RecordClass { get; private set; }

    /// <summary>Years after the class's trigger (see <see cref="LegalRetentionFloor.Trigger"/>).</summary>
    public int Years { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public LegalRetentionFloor Floor => LegalRetentionFloor.For(RecordClass);

    public static RetentionPolicy Set(RecordClass recordClass, int years, string by, DateTimeOffset at)
    {
        var policy = new RetentionPolicy { RecordClass = recordClass };
        policy.Change(years, by, at);
        return policy;
    }

    public void Change(int years, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new RetentionNotBelowLegalFloorRule(RecordClass, years));
        BusinessRules.Check(new RetentionWithinReasonRule(years));
        Years = years;
        ChangedBy = by;
        ChangedAt = at;
    }
}
