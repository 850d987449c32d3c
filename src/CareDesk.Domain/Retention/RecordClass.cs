namespace CareDesk.Domain.Retention;

/// <summary>The classes of record that carry their own retention period (R38).</summary>
public enum RecordClass
{
    /// <summary>A case with a possible adverse event or handed to pharmacovigilance, with its posts, follow-ups and ACKs.</summary>
    AdverseEventCase,

    /// <summary>A case with a special situation (pregnancy, overdose, misuse, lack of effect...), kept like an AE case.</summary>
    SpecialSituationCase,

    /// <summary>The audit trail of PV-relevant records.</summary>
    AuditTrail,

    /// <summary>A product quality complaint.</summary>
    ProductComplaint,

    /// <summary>A care conversation that never touched an adverse event.</summary>
    CareConversation,
}
