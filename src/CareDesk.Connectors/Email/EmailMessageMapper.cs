using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Connectors;
using CareDesk.Domain.Conversations;
using MimeKit;

namespace CareDesk.Connectors.Email;

/// <summary>One received e-mail as a private post: Message-ID as id, From as author, subject and plain text as text.</summary>
internal static class EmailMessageMapper
{
    public static ChannelEvent ToEvent(MimeMessage message, DateTimeOffset? internalDate)
    {
        var externalId = ExternalIdOf(message);
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var references = message.References.Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        // The first References entry is the root of the conversation; mail clients that drop References keep In-Reply-To.
        var threadId = references.FirstOrDefault() ?? message.InReplyTo ?? externalId;
        var parentId = message.InReplyTo ?? references.LastOrDefault();

        return new ChannelEvent(
            ChannelEventKind.Created,
            externalId,
            sender?.Address ?? "(no sender)",
            TextOf(message),
            message.Date == DateTimeOffset.MinValue ? internalDate : message.Date.ToUniversalTime(),
            ThreadId: threadId,
            ParentId: parentId,
            IsPublic: false,
            Attachments: AttachmentsOf(message))
        {
            AuthorDisplayName = string.IsNullOrWhiteSpace(sender?.Name) ? null : sender.Name,
        };
    }

    /// <summary>
    /// The Message-ID, or for the rare mail without one (or with one too long to store) a hash of what identifies
    /// it, so that reading the same mail again gives the same id and ingestion stays idempotent.
    /// </summary>
    public static string ExternalIdOf(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId) && message.MessageId.Length <= Post.MaxExternalIdLength)
        {
            return message.MessageId;
        }

        var identity = string.Join('\n', message.MessageId, message.From.ToString(), message.Headers[HeaderId.Date], message.Subject, BodyOf(message));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    private static string TextOf(MimeMessage message)
    {
        var subject = message.Subject?.Trim();
        var body = BodyOf(message).Trim();
        var text = string.IsNullOrEmpty(subject) ? body : string.IsNullOrEmpty(body) ? subject : subject + "\n\n" + body;
        // Ingestion needs text; an attachment-only mail still has to reach a person.
        return text.Length > 0 ? text : "(no text: see attachments)";
    }

    private static string BodyOf(MimeMessage message)
    {
        if (message.TextBody is { } plain)
        {
            return plain;
        }

        return message.HtmlBody is { } html ? HtmlText.ToPlainText(html) : string.Empty;
    }

    private static List<ChannelAttachment>? AttachmentsOf(MimeMessage message)
    {
        var attachments = message.Attachments.Select(entity => entity switch
        {
            MessagePart attached => new ChannelAttachment("message", null, attached.ContentType.MimeType)
            {
                FileName = attached.ContentDisposition?.FileName ?? attached.Message?.Subject,
            },
            MimePart part => new ChannelAttachment("file", null, part.ContentType.MimeType) { FileName = part.FileName },
            _ => new ChannelAttachment("file", null, entity.ContentType.MimeType),
        }).ToList();
        return attachments.Count == 0 ? null : attachments;
    }
}
