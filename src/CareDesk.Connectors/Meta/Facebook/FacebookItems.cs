using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>Graph API Page objects (post, comment, Page-inbox message) as ChannelEvents.</summary>
internal static class FacebookItems
{
    public const string PostFields = "id,message,created_time,from{id,name},permalink_url";
    public const string CommentFields = "id,message,created_time,from{id,name},parent{id},permalink_url,attachment";
    public const string MessageFields = "id,created_time,from,to,message,attachments";

    public static ChannelEvent Post(JsonElement post)
    {
        var id = post.Text("id") ?? throw new ChannelUnavailableException("Graph returned a Page post without an id");
        return new ChannelEvent(ChannelEventKind.Created, id, post.Text("from", "name"), post.Text("message"), post.GraphTime("created_time"), ThreadId: id, IsPublic: true, Permalink: post.Text("permalink_url"))
        {
            AuthorDisplayName = post.Text("from", "name"),
            AuthorPlatformId = post.Text("from", "id"),
        };
    }

    /// <param name="postId">The post whose comments edge was read: the thread, and the parent of top-level comments.</param>
    public static ChannelEvent Comment(JsonElement comment, string? postId)
    {
        var permalink = comment.Text("permalink_url");
        var fromLink = CommentPermalink.Parse(permalink);
        // Graph sends id when asked for it; the recorded pages lack it, and the permalink names the same comment.
        var id = comment.Text("id") ?? fromLink?.CommentId
            ?? throw new ChannelUnavailableException($"Graph returned a comment on {postId} with neither id nor permalink_url");
        var thread = postId ?? fromLink?.PostId ?? id.Split('_')[0];
        var attachment = comment.Property("attachment") is { } media
            ? new ChannelAttachment(media.Text("type") ?? "attachment", media.Property("media")?.Text("image", "src") ?? media.Text("url"))
            : null;
        return new ChannelEvent(
            ChannelEventKind.Created,
            id,
            comment.Text("from", "name"),
            comment.Text("message"),
            comment.GraphTime("created_time"),
            ThreadId: thread,
            ParentId: comment.Text("parent", "id") ?? fromLink?.ParentCommentId ?? thread,
            IsPublic: true,
            Permalink: permalink,
            Attachments: attachment is null ? null : [attachment])
        {
            AuthorDisplayName = comment.Text("from", "name"),
            AuthorPlatformId = comment.Text("from", "id"),
        };
    }

    /// <summary>A Page-inbox message; null when the Page itself sent it (the Graph twin of a webhook echo).</summary>
    public static ChannelEvent? Message(JsonElement message, string pageId)
    {
        var id = message.Text("id") ?? throw new ChannelUnavailableException("Graph returned a message without an id");
        var from = message.Text("from", "id") ?? throw new ChannelUnavailableException($"Graph message {id} has no sender");
        if (from == pageId)
        {
            return null;
        }

        var attachments = message.Property("attachments") is { } list
            ? list.Items("data").Select(Attachment).ToList()
            : [];
        return new ChannelEvent(
            ChannelEventKind.Created,
            id,
            message.Text("from", "name") ?? from,
            message.Text("message"),
            message.GraphTime("created_time"),
            ThreadId: MessengerThread.Id(pageId, from),
            IsPublic: false,
            Attachments: attachments.Count == 0 ? null : attachments)
        {
            AuthorDisplayName = message.Text("from", "name"),
            AuthorPlatformId = from,
        };
    }

    private static ChannelAttachment Attachment(JsonElement attachment)
    {
        var mime = attachment.Text("mime_type");
        var url = attachment.Text("image_data", "url") ?? attachment.Text("video_data", "url") ?? attachment.Text("file_url");
        var kind = attachment.Property("image_data") is not null ? "image" : attachment.Property("video_data") is not null ? "video" : "file";
        return new ChannelAttachment(kind, url, mime);
    }
}
