namespace CareDesk.Domain.Pharmacovigilance.Delivery;

/// <summary>
/// The outbox row of one ICSR on its way to the safety database (R15): queued with the hand-off, attempted until the
/// transport accepts it or the retry policy gives up, then watched for an acknowledgement until <see cref="AckDueAt"/>.
/// The message id is the E2B N.2.r.1 id the acknowledgement import matches on.
/// </summary>
public sealed class IcsrDelivery
{
    public const int MaxErrorLength = 1000;
    public const int MaxReceiptLength = 500;

    private IcsrDelivery()
    {
        MessageId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PvIntakeId { get; private set; }

    public int CaseNumber { get; private set; }

    public string MessageId { get; private set; }

    public IcsrTransportKind Transport { get; private set; }

    public IcsrDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>When the next attempt is due; null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>What the transport gave back: the SMTP Message-ID, the HTTP status, the file written.</summary>
    public string? Receipt { get; private set; }

    public DateTimeOffset? AckDueAt { get; private set; }

    /// <summary>When the missing acknowledgement was escalated; set once.</summary>
    public DateTimeOffset? AckOverdueAt { get; private set; }

    public static IcsrDelivery Queue(PvIntake intake, IcsrTransportKind transport, DateTimeOffset at)
    {
        if (intake.IcsrMessageId is null)
        {
            throw new InvalidOperationException("Only a handed-off intake has an ICSR to deliver.");
        }

        return new()
        {
            Id = Guid.NewGuid(),
            PvIntakeId = intake.Id,
            CaseNumber = intake.CaseNumber,
            MessageId = intake.IcsrMessageId,
            Transport = transport,
            Status = IcsrDeliveryStatus.Pending,
            QueuedAt = at,
            NextAttemptAt = at,
        };
    }

    public bool IsDue(DateTimeOffset now) => Status == IcsrDeliveryStatus.Pending && NextAttemptAt <= now;

    public void RecordDelivered(string? receipt, DateTimeOffset at, DateTimeOffset ackDueAt)
    {
        Attempts++;
        LastAttemptAt = at;
        Status = IcsrDeliveryStatus.Delivered;
        DeliveredAt = at;
        NextAttemptAt = null;
        Receipt = Trim(receipt, MaxReceiptLength);
        AckDueAt = ackDueAt;
    }

    /// <summary>Records a failed attempt and schedules the next; true when that was the last attempt the policy allows.</summary>
    public bool RecordFailure(string error, DateTimeOffset at, DeliveryRetryPolicy policy)
    {
        Attempts++;
        LastAttemptAt = at;
        LastError = Trim(error, MaxErrorLength);
        if (Attempts >= policy.MaxAttempts)
        {
            Status = IcsrDeliveryStatus.Failed;
            NextAttemptAt = null;
            return true;
        }

        NextAttemptAt = at + policy.DelayAfter(Attempts);
        return false;
    }

    /// <summary>Delivered, not yet escalated, past its due time and still without an answer from PV.</summary>
    public bool IsAckOverdue(PvIntake intake, DateTimeOffset now) =>
        Status == IcsrDeliveryStatus.Delivered && AckOverdueAt is null && AckDueAt <= now
        && intake.AckReceivedAt is null && intake.IcsrMessageId == MessageId;

    public void MarkAckOverdue(DateTimeOffset at) => AckOverdueAt ??= at;

    private static string? Trim(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..max] : text;
}
