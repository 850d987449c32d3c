using CareDesk.Domain.Common;

namespace CareDesk.Domain.Retention.Rules;

/// <summary>A retention period may be lengthened, never set below the legal floor of its record class (R38).</summary>
public sealed class RetentionNotBelowLegalFloorRule(RecordClass recordClass, int years) : IBusinessRule
{
    private readonly LegalRetentionFloor _floor = LegalRetentionFloor.For(recordClass);

    public bool IsBroken() => years < _floor.Years;

    public string Message => $"{years} years is below legal floor ({_floor.Label}) for {recordClass} records.";

    public string? Field => "years";
}
