using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Meta.Webhooks;

/// <summary>
/// The one callback (/webhooks/meta) a Meta app subscribes for Pages (object "page": feed, mention, Messenger) and
/// Instagram (object "instagram": comments, live_comments, mentions, messaging). Deliveries are grouped per entry id:
/// the Page id or Instagram user id the events belong to.
/// </summary>
internal sealed class MetaWebhookConnector(IOptions<MetaOptions> options) : IWebhookConnector
{
    public string Network => "meta";

    public string SignatureHeader => "X-Hub-Signature-256";

    public WebhookChallengeAnswer? AnswerChallenge(IReadOnlyDictionary<string, string> query)
    {
        var expected = options.Value.VerifyToken;
        if (string.IsNullOrEmpty(expected)
            || !query.TryGetValue("hub.mode", out var mode) || mode != "subscribe"
            || !query.TryGetValue("hub.verify_token", out var token)
            || !query.TryGetValue("hub.challenge", out var challenge) || string.IsNullOrEmpty(challenge)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected)))
        {
            return null;
        }

        return new WebhookChallengeAnswer("text/plain", challenge);
    }

    public bool IsSignatureValid(ReadOnlySpan<byte> rawBody, string? signatureHeader) =>
        MetaSignature.IsValid(options.Value.AppSecret, rawBody, signatureHeader);

    public IReadOnlyList<WebhookDelivery> Parse(ReadOnlySpan<byte> rawBody)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"Meta webhook body is not valid JSON: {exception.Message}", null, exception);
        }

        using (document)
        {
            var root = document.RootElement;
            var target = root.Text("object");
            if (target is not ("page" or "instagram"))
            {
                throw new ChannelUnavailableException($"Meta webhook object '{target}' is not 'page' or 'instagram'");
            }

            var deliveries = new List<(string Account, List<ChannelEvent> Events)>();
            foreach (var entry in root.Items("entry"))
            {
                var account = entry.Text("id") ?? throw new ChannelUnavailableException("Meta webhook entry without an id");
                var events = deliveries.FirstOrDefault(delivery => delivery.Account == account).Events;
                if (events is null)
                {
                    events = [];
                    deliveries.Add((account, events));
                }

                events.AddRange(EntryParser.Parse(target, account, entry));
            }

            return [.. deliveries.Select(delivery => new WebhookDelivery(delivery.Account, delivery.Events))];
        }
    }
}
