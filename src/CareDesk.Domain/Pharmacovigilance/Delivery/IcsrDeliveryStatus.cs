namespace CareDesk.Domain.Pharmacovigilance.Delivery;

public enum IcsrDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The transport accepted the message; the acknowledgement is awaited on the intake.</summary>
    Delivered,

    /// <summary>Every attempt failed; a person must send it another way.</summary>
    Failed,
}
