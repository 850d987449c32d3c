using CareDesk.Domain.Pharmacovigilance.Delivery;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>What the audit trail keeps of an outbox row before and after each attempt.</summary>
internal sealed record IcsrDeliverySnapshot(string MessageId, string Transport, string Status, int Attempts, DateTimeOffset? NextAttemptAt,
    string? LastError, DateTimeOffset? DeliveredAt, string? Receipt, DateTimeOffset? AckDueAt, DateTimeOffset? AckOverdueAt)
{
    public static IcsrDeliverySnapshot Of(IcsrDelivery delivery) => new(delivery.MessageId, delivery.Transport.ToString(), delivery.Status.ToString(),
        delivery.Attempts, delivery.NextAttemptAt, delivery.LastError, delivery.DeliveredAt, delivery.Receipt, delivery.AckDueAt, delivery.AckOverdueAt);
}
