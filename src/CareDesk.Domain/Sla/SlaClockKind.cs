namespace CareDesk.Domain.Sla;

public enum SlaClockKind
{
    /// <summary>Time to the first public or private reply to the customer.</summary>
    FirstResponse,

    /// <summary>Time to hand a possible adverse event to pharmacovigilance; never paused.</summary>
    PvHandoff,

    /// <summary>Time for Medical Information to answer a routed medical inquiry (R20).</summary>
    MedInfoResponse,

    /// <summary>Time for QA to decide on a possible NDA Field Alert Report, from awareness (R19, 21 CFR 314.81).</summary>
    FieldAlert,
}
