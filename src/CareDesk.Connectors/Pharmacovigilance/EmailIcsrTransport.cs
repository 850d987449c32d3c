using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace CareDesk.Connectors.Pharmacovigilance;

/// <summary>
/// Mails the ICSR to the PV intake mailbox as "{message id}.xml". The subject and the X-E2B-Message-Id header carry the
/// E2B message id, so the safety database's mail rule and a person reading the mailbox both see what to acknowledge.
/// </summary>
internal sealed class EmailIcsrTransport(IOptions<IcsrEmailOptions> options, TimeProvider time) : IIcsrTransport
{
    public IcsrTransportKind Kind => IcsrTransportKind.Email;

    public MimeMessage Build(IcsrEnvelope envelope)
    {
        var settings = options.Value;
        var from = MailboxAddress.Parse(settings.FromAddress ?? settings.UserName
            ?? throw new InvalidOperationException($"{IcsrEmailOptions.SectionName}:FromAddress is not set."));
        var body = new BodyBuilder { TextBody = $"ICSR {envelope.SafetyReportId} (case {envelope.CaseNumber}), E2B(R3) message {envelope.MessageId}." };
        body.Attachments.Add(envelope.FileName, System.Text.Encoding.UTF8.GetBytes(envelope.Xml), new ContentType("application", "xml"));
        var message = new MimeMessage
        {
            Subject = $"ICSR {envelope.SafetyReportId} message {envelope.MessageId}",
            Date = time.GetUtcNow(),
            MessageId = MimeUtils.GenerateMessageId(from.Domain),
            Body = body.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(settings.ToAddress ?? throw new InvalidOperationException($"{IcsrEmailOptions.SectionName}:ToAddress is not set.")));
        message.Headers.Add("X-E2B-Message-Id", envelope.MessageId);
        return message;
    }

    public async Task<string> SendAsync(IcsrEnvelope envelope, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = Build(envelope);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException($"{IcsrEmailOptions.SectionName}:SmtpHost is not set."),
            settings.SmtpPort, settings.SmtpSecurity, cancellationToken);
        if (client.Capabilities.HasFlag(SmtpCapabilities.Authentication) && !string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        var response = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return $"Message-ID <{message.MessageId}>; {response}";
    }
}
