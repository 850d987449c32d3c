using CareDesk.Application.Connectors;
using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.Utils;

namespace CareDesk.Connectors.Email;

/// <summary>SMTP side: a plain-text reply that the customer's mail client files under the original conversation.</summary>
internal sealed class SmtpReplySender(EmailOptions options, TimeProvider time)
{
    public string ServerName => $"SMTP server {options.SmtpHost}:{options.SmtpPort}";

    public MimeMessage BuildReply(ChannelAction action, MimeMessage? original)
    {
        List<MailboxAddress> to = action.Recipient is { Length: > 0 } recipient
            ? [MailboxAddress.Parse(recipient)]
            : original?.ReplyTo.Mailboxes.Concat(original.From.Mailboxes).Take(1).ToList() ?? [];
        if (to.Count == 0)
        {
            throw new InvalidOperationException($"No recipient for the reply to '{action.TargetExternalId}': the original mail was not found in the mailbox and the action names no recipient.");
        }

        var from = new MailboxAddress(options.FromName, options.SenderAddress);
        var reply = new MimeMessage
        {
            Subject = ReplySubject(original?.Subject),
            Date = time.GetUtcNow(),
            MessageId = MimeUtils.GenerateMessageId(from.Domain),
            Body = new TextPart("plain") { Text = action.Text ?? string.Empty },
        };
        reply.From.Add(from);
        reply.To.AddRange(to);

        // In-Reply-To and References (the original's chain plus the original) are what mail clients thread on.
        if (!action.TargetExternalId.StartsWith("sha256:", StringComparison.Ordinal))
        {
            reply.InReplyTo = action.TargetExternalId;
            foreach (var id in original?.References ?? [])
            {
                reply.References.Add(id);
            }

            reply.References.Add(action.TargetExternalId);
        }

        return reply;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, options.SmtpSecurity, cancellationToken);
        // A relay on localhost may accept mail without AUTH; a submission server advertises it and then requires it.
        if (client.Capabilities.HasFlag(SmtpCapabilities.Authentication) && !string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password!, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static string ReplySubject(string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? "Re: your message"
        : subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? subject
        : "Re: " + subject;
}
