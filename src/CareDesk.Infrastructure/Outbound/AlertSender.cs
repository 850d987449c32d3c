using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.Extensions.Logging;

namespace CareDesk.Infrastructure.Outbound;

/// <summary>
/// Webhooks: an HTTP POST of the alert as JSON with <c>X-CareDesk-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c>,
/// so the receiver can check it came from CareDesk. E-mail: through the SMTP relay of "Listening:AlertEmail" where a host
/// registers one (the web host does, with the connectors); a host without connectors, such as the CLI, only logs it.
/// </summary>
public sealed partial class AlertSender(HttpClient http, ILogger<AlertSender> logger, IAlertEmailSender? email = null) : IAlertSender
{
    public const string SignatureHeader = "X-CareDesk-Signature";

    public async Task SendAsync(AlertDelivery delivery, string target, string? secret, AlertMessage message, CancellationToken cancellationToken)
    {
        switch (delivery)
        {
            case AlertDelivery.Webhook:
                await PostAsync(target, secret ?? throw new InvalidOperationException("A webhook route has no secret."), message, cancellationToken);
                break;
            case AlertDelivery.Email when email is not null:
                LogEmailSent(target, message.Brand, message.Kind, await email.SendAsync(target, message, cancellationToken));
                break;
            case AlertDelivery.Email:
                LogEmail(target, message.Brand, message.Kind, message.Severity, message.Summary);
                break;
            default:
                throw new InvalidOperationException($"{delivery} notifications are not sent by the dispatcher.");
        }
    }

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private async Task PostAsync(string url, string secret, AlertMessage message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(CareDeskJson.Serialize(message));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add(SignatureHeader, Sign(secret, body));
        request.Headers.Add("X-CareDesk-Alert", message.AlertId.ToString("N", CultureInfo.InvariantCulture));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening alert e-mail to {Recipient} ({Brand} {Kind}) accepted: {Receipt}")]
    private partial void LogEmailSent(string recipient, string brand, ListeningAlertKind kind, string receipt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening alert e-mail to {Recipient} (no SMTP relay in this host): {Brand} {Kind} severity {Severity}: {Summary}")]
    private partial void LogEmail(string recipient, string brand, ListeningAlertKind kind, int severity, string summary);
}
