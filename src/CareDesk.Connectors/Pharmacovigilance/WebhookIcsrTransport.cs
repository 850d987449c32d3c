using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Pharmacovigilance;

/// <summary>
/// POSTs the ICSR XML to the safety database's HTTPS endpoint. The receiver checks
/// X-CareDesk-Signature = "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body)) with the timestamp from
/// X-CareDesk-Timestamp (so a replayed body with a new time fails), and de-duplicates on X-E2B-Message-Id, which is
/// why the resilience pipeline may retry this POST.
/// </summary>
internal sealed class WebhookIcsrTransport(HttpClient http, IOptions<IcsrWebhookOptions> options, TimeProvider time) : IIcsrTransport
{
    public const string SignatureHeader = "X-CareDesk-Signature";
    public const string TimestampHeader = "X-CareDesk-Timestamp";
    public const string MessageIdHeader = "X-E2B-Message-Id";

    public IcsrTransportKind Kind => IcsrTransportKind.Webhook;

    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    public async Task<string> SendAsync(IcsrEnvelope envelope, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = settings.Url ?? throw new InvalidOperationException($"{IcsrWebhookOptions.SectionName}:Url is not set.");
        var secret = settings.Secret is { Length: >= 16 } configured ? configured
            : throw new InvalidOperationException($"{IcsrWebhookOptions.SectionName}:Secret must be set (16 characters or more).");
        var body = Encoding.UTF8.GetBytes(envelope.Xml);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        request.Headers.Add(MessageIdHeader, envelope.MessageId);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The safety database answered HTTP {(int)response.StatusCode}: {Shorten(answer)}", null, response.StatusCode);
        }

        return $"HTTP {(int)response.StatusCode} {Shorten(answer)}".TrimEnd();
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;
}
