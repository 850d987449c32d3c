using MimeKit;
using MimeKit.Utils;

namespace CareDesk.Connectors.Tests.Email;

/// <summary>Mails as customers' clients write them.</summary>
internal static class TestMails
{
    public static MimeMessage From(string fromName, string fromAddress, string to, string subject, string text, DateTimeOffset? date = null)
    {
        var message = new MimeMessage
        {
            Subject = subject,
            Date = date ?? new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.Zero),
            MessageId = MimeUtils.GenerateMessageId("patient-mail.example"),
            Body = new TextPart("plain") { Text = text },
        };
        message.From.Add(new MailboxAddress(fromName, fromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    /// <summary>A reply by the customer to <paramref name="earlier"/>, threaded the way mail clients do it.</summary>
    public static MimeMessage ReplyTo(MimeMessage earlier, string from, string to, string text)
    {
        var reply = From("Pat Example", from, to, "Re: " + earlier.Subject, text, earlier.Date.AddHours(1));
        reply.InReplyTo = earlier.MessageId;
        foreach (var id in earlier.References)
        {
            reply.References.Add(id);
        }

        reply.References.Add(earlier.MessageId!);
        return reply;
    }
}
