namespace CareDesk.Domain.Replies;

/// <summary>
/// What leaves CareDesk for a channel, recorded in the reply's transaction. A channel with a live connector gets it
/// delivered (retried with backoff, then marked failed for a person to see); other channels keep it as recorded.
/// </summary>
public sealed class OutboundMessage
{
    public const string Recorded = "recorded";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    /// <summary>After this many refused attempts the message is marked failed and raised, not retried for ever.</summary>
    public const int MaxAttempts = 8;

    private OutboundMessage()
    {
        ChannelKey = string.Empty;
        Text = string.Empty;
        Status = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The reply this message carries; null for a satisfaction survey link.</summary>
    public Guid? ReplyId { get; private set; }

    /// <summary>The satisfaction survey whose link this message carries (sent after resolution, always privately).</summary>
    public Guid? CsatSurveyId { get; private set; }

    public string ChannelKey { get; private set; }

    public string? InReplyToExternalId { get; private set; }

    public string Text { get; private set; }

    public string Status { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The network's id of the delivered reply or message, so it can be traced (and hidden or removed) later.</summary>
    public string? DeliveredExternalId { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Delivered as a private message even when it answers a public post (a survey link must not be public).</summary>
    public bool PrivateOnly { get; private set; }

    public bool IsDue(DateTimeOffset now) => Status == Recorded && (NextAttemptAt is null || NextAttemptAt <= now);

    public void MarkDelivered(DateTimeOffset at, string? externalId)
    {
        Attempts++;
        Status = Delivered;
        DeliveredAt = at;
        DeliveredExternalId = externalId;
        LastError = null;
        NextAttemptAt = null;
    }

    /// <summary>Backs off 1, 2, 4... minutes (or until the network's own retry time), and gives up after <see cref="MaxAttempts"/>.</summary>
    public void MarkRefused(DateTimeOffset at, string error, DateTimeOffset? retryAt)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = Failed;
            NextAttemptAt = null;
            return;
        }

        var backoff = at + TimeSpan.FromMinutes(Math.Pow(2, Attempts - 1));
        NextAttemptAt = retryAt is { } retry && retry > backoff ? retry : backoff;
    }

    /// <summary>A survey link goes privately even after a public conversation: in public anyone could answer it.</summary>
    public static OutboundMessage RecordSurvey(Guid surveyId, string channelKey, string? inReplyTo, string text, DateTimeOffset at)
    {
        var message = Record(Guid.Empty, channelKey, inReplyTo, text, at);
        message.ReplyId = null;
        message.CsatSurveyId = surveyId;
        message.PrivateOnly = true;
        return message;
    }

    public static OutboundMessage Record(Guid replyId, string channelKey, string? inReplyTo, string text, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        ReplyId = replyId,
        ChannelKey = channelKey,
        InReplyToExternalId = inReplyTo,
        Text = text,
        Status = Recorded,
        RecordedAt = at,
    };
}
