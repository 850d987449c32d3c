namespace CareDesk.Domain.Pharmacovigilance.Delivery;

public enum PvAlertKind
{
    /// <summary>Every delivery attempt of an ICSR failed.</summary>
    DeliveryFailed,

    /// <summary>No acknowledgement arrived within the configured time after delivery.</summary>
    AckOverdue,

    /// <summary>The safety database rejected the message (ACK codes AR/AE or CR).</summary>
    NegativeAck,
}
