using System.Globalization;
using CareDesk.Application.Abstractions;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace CareDesk.Connectors.Listening;

/// <summary>
/// Sends listening alerts through the SMTP relay of "Listening:AlertEmail". The mail carries what the alert message
/// carries (brand, kind, severity, window, counts and a link), never post text or authors. An unset relay is a failure,
/// not a silent success, so the notification stays failed and is retried once the relay is configured.
/// </summary>
internal sealed class SmtpAlertEmailSender(IOptions<AlertEmailOptions> options, TimeProvider time) : IAlertEmailSender
{
    public MimeMessage Build(string recipient, AlertMessage alert)
    {
        var settings = options.Value;
        var from = new MailboxAddress(settings.FromName, settings.From ?? settings.UserName
            ?? throw new InvalidOperationException($"{AlertEmailOptions.SectionName}:From is not set."));
        var link = settings.BaseUrl is { } baseUrl ? new Uri(baseUrl, alert.Link).ToString() : alert.Link;
        var culture = CultureInfo.InvariantCulture;
        var message = new MimeMessage
        {
            Subject = string.Create(culture, $"[CareDesk] {alert.Brand}: {alert.Kind} alert, severity {alert.Severity}/10"),
            Date = time.GetUtcNow(),
            MessageId = MimeUtils.GenerateMessageId(from.Domain),
            Body = new TextPart("plain")
            {
                Text = string.Create(culture, $"""
                    {alert.Summary}

                    Brand: {alert.Brand}
                    Kind: {alert.Kind}
                    Severity: {alert.Severity}/10
                    Window: {alert.WindowStart.UtcDateTime:yyyy-MM-dd HH:mm} to {alert.WindowEnd.UtcDateTime:yyyy-MM-dd HH:mm} UTC
                    Open it: {link}
                    """),
            },
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Headers.Add("X-CareDesk-Alert", alert.AlertId.ToString("N", culture));
        return message;
    }

    public async Task<string> SendAsync(string recipient, AlertMessage alert, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var host = settings.Host ?? throw new InvalidOperationException($"{AlertEmailOptions.SectionName}:Host is not set.");
        var message = Build(recipient, alert);
        try
        {
            using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
            await client.ConnectAsync(host, settings.Port, settings.Security, cancellationToken);
            if (client.Capabilities.HasFlag(SmtpCapabilities.Authentication) && !string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            var response = await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return $"Message-ID <{message.MessageId}>; {response}";
        }
        catch (Exception exception) when (exception is MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException or System.Security.Authentication.AuthenticationException or IOException)
        {
            // The password is never part of the message: MailKit's errors name the server and its answer only.
            throw new AlertDeliveryFailedException($"SMTP {host}:{settings.Port}: {exception.Message}", exception);
        }
    }
}
