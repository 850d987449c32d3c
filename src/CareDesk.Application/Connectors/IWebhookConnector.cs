namespace CareDesk.Application.Connectors;

/// <summary>
/// A network that pushes events (Meta Pages/Instagram/Messenger, X Account Activity). The web host stores the raw body
/// first, checks the signature on those exact bytes, then parses; a body that fails to parse is kept for replay.
/// </summary>
public interface IWebhookConnector
{
    /// <summary>Path segment of the callback URL: /webhooks/{Network}.</summary>
    string Network { get; }

    /// <summary>The request header carrying the signature (X-Hub-Signature-256, x-twitter-webhooks-signature).</summary>
    string SignatureHeader { get; }

    /// <summary>
    /// Answers the network's GET handshake (Meta hub.challenge with hub.verify_token, X CRC crc_token), or null when the
    /// query is not a valid handshake for this network (the host then answers 403).
    /// </summary>
    WebhookChallengeAnswer? AnswerChallenge(IReadOnlyDictionary<string, string> query);

    /// <summary>True when <paramref name="signatureHeader"/> is the network's HMAC of <paramref name="rawBody"/> (constant-time compare).</summary>
    bool IsSignatureValid(ReadOnlySpan<byte> rawBody, string? signatureHeader);

    /// <summary>The events in one delivery, grouped by the owned account (Page id, IG user id, X user id) they arrived for.</summary>
    IReadOnlyList<WebhookDelivery> Parse(ReadOnlySpan<byte> rawBody);
}

public sealed record WebhookDelivery(string AccountId, IReadOnlyList<ChannelEvent> Events);

/// <summary>The body (and its content type) to send back with 200 for a webhook handshake.</summary>
public sealed record WebhookChallengeAnswer(string ContentType, string Body);
