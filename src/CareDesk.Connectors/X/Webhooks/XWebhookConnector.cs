using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.X.Webhooks;

/// <summary>
/// The Account Activity webhook at /webhooks/x: answers the CRC (GET ?crc_token=), checks x-twitter-webhooks-signature
/// (sha256=base64 HMAC-SHA256 of the raw body with the consumer secret) and parses tweet_create_events,
/// tweet_delete_events and direct_message_events. The brand's own tweets and DMs are left out (CareDesk sent them).
/// </summary>
internal sealed class XWebhookConnector(IOptions<XOptions> options) : IWebhookConnector
{
    private const string SignaturePrefix = "sha256=";

    public string Network => "x";

    public string SignatureHeader => "x-twitter-webhooks-signature";

    public WebhookChallengeAnswer? AnswerChallenge(IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue("crc_token", out var crcToken) || string.IsNullOrEmpty(crcToken) || Secret() is not { } secret)
        {
            return null;
        }

        var token = SignaturePrefix + Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(crcToken)));
        return new WebhookChallengeAnswer("application/json", JsonSerializer.Serialize(new Dictionary<string, string> { ["response_token"] = token }));
    }

    public bool IsSignatureValid(ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        if (Secret() is not { } secret || signatureHeader is null || !signatureHeader.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signatureHeader[SignaturePrefix.Length..], claimed, out var written) || written != claimed.Length)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret, rawBody, actual);
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }

    public IReadOnlyList<WebhookDelivery> Parse(ReadOnlySpan<byte> rawBody)
    {
        XActivityPayload payload;
        try
        {
            payload = JsonSerializer.Deserialize(rawBody, XActivityJsonContext.Default.XActivityPayload)
                ?? throw new ChannelUnavailableException("The X webhook delivery is empty.");
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"The X webhook delivery is not Account Activity JSON: {exception.Message}", inner: exception);
        }

        if (payload.ForUserId is not { } owner)
        {
            throw new ChannelUnavailableException("The X webhook delivery has no for_user_id; it cannot be matched to a channel.");
        }

        var events = new List<ChannelEvent>();
        events.AddRange((payload.TweetCreateEvents ?? []).Where(tweet => tweet.User?.IdStr != owner).Select(XActivityMapper.FromTweet));
        events.AddRange((payload.TweetDeleteEvents ?? []).Select(XActivityMapper.FromDelete).OfType<ChannelEvent>());
        events.AddRange((payload.DirectMessageEvents ?? [])
            .Where(message => message.Type == "message_create" && message.MessageCreate?.SenderId != owner)
            .Select(message => XActivityMapper.FromDirectMessage(message, payload.Users)));
        return events.Count == 0 ? [] : [new WebhookDelivery(owner, events)];
    }

    private byte[]? Secret() =>
        string.IsNullOrEmpty(options.Value.ConsumerSecret) ? null : Encoding.UTF8.GetBytes(options.Value.ConsumerSecret);
}
