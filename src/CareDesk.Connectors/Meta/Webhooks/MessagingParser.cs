using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Webhooks;

/// <summary>
/// One Messenger / Instagram messaging event. Customer messages become private Created events (deleted ones Deleted).
/// Echoes (is_echo: the Page itself sent it, e.g. CareDesk's own reply) are skipped so a reply never comes back as a
/// customer post; delivery and read receipts and postbacks (a tap on a button whose text the brand wrote) carry no
/// customer text and are skipped too.
/// </summary>
internal static class MessagingParser
{
    public static ChannelEvent? Parse(string account, JsonElement messaging)
    {
        if (messaging.Property("message") is not { } message || message.Flag("is_echo"))
        {
            return null;
        }

        var sender = messaging.Text("sender", "id") ?? throw new ChannelUnavailableException("Meta messaging event without sender.id");
        var mid = message.Text("mid") ?? throw new ChannelUnavailableException($"Meta message from {sender} without mid");
        var occurredAt = messaging.EpochTime("timestamp");
        var thread = MessengerThread.Id(account, sender);
        if (message.Flag("is_deleted"))
        {
            return new ChannelEvent(ChannelEventKind.Deleted, mid, sender, null, occurredAt, thread, IsPublic: false) { AuthorPlatformId = sender };
        }

        var attachments = message.Items("attachments")
            .Select(attachment => new ChannelAttachment(attachment.Text("type") ?? "unknown", attachment.Property("payload")?.Text("url")))
            .ToList();
        return new ChannelEvent(
            ChannelEventKind.Created,
            mid,
            Author: sender,
            Text: message.Text("text"),
            OccurredAt: occurredAt,
            ThreadId: thread,
            ParentId: message.Text("reply_to", "mid"),
            IsPublic: false,
            Attachments: attachments.Count == 0 ? null : attachments)
        {
            AuthorPlatformId = sender,
        };
    }
}
