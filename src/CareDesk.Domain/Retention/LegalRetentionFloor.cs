namespace CareDesk.Domain.Retention;

/// <summary>
/// The shortest retention the law allows for a record class, in years after its trigger. PV records: as long as the
/// product is authorised and 10 years after the MA ceases (CIR (EU) 520/2012 Art 12(2); 21 CFR 314.80(j): 10 years).
/// </summary>
public sealed record LegalRetentionFloor(int Years, string Label, string Trigger)
{
    public static LegalRetentionFloor For(RecordClass recordClass) => recordClass switch
    {
        RecordClass.AdverseEventCase or RecordClass.SpecialSituationCase or RecordClass.AuditTrail =>
            new(10, "MA + 10y", "after the marketing authorisation ceases"),
        RecordClass.ProductComplaint => new(1, "expiry + 1y", "after the batch expires (21 CFR 211.198)"),
        RecordClass.CareConversation => new(1, "resolution + 1y", "after the case is resolved"),
    };
}
