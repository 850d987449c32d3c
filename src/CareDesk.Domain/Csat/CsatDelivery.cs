namespace CareDesk.Domain.Csat;

public enum CsatDelivery
{
    /// <summary>Recorded as an outbound private message on the case's channel.</summary>
    SentPrivately,

    /// <summary>The channel has only public replies; a survey link in public would invite anyone to answer.</summary>
    NotSentNoPrivateChannel,

    /// <summary>The person's contact profile says do not contact.</summary>
    NotSentDoNotContact,
}
