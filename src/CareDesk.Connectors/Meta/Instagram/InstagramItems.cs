using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Instagram;

/// <summary>IG Graph comments (and replies, which are comments with a parent) as ChannelEvents.</summary>
internal static class InstagramItems
{
    private const string Own = "id,text,timestamp,username,from{id,username},user{id},media{id},parent_id,hidden";
    public const string CommentFields = Own + ",replies{" + Own + "}";

    /// <param name="mediaId">The media whose comments edge was read, when the comment does not name it.</param>
    /// <param name="parentId">The comment a nested reply sits under.</param>
    public static ChannelEvent Comment(JsonElement comment, string? mediaId = null, string? parentId = null)
    {
        var id = comment.Text("id") ?? throw new ChannelUnavailableException($"Graph returned an Instagram comment on {mediaId} without an id");
        var media = comment.Text("media", "id") ?? mediaId;
        var username = comment.Text("username") ?? comment.Text("from", "username");
        return new ChannelEvent(
            ChannelEventKind.Created,
            id,
            username,
            comment.Text("text"),
            comment.GraphTime("timestamp"),
            ThreadId: media,
            ParentId: comment.Text("parent_id") ?? parentId ?? media,
            IsPublic: true)
        {
            AuthorDisplayName = username,
            AuthorPlatformId = comment.Text("from", "id") ?? comment.Text("user", "id"),
        };
    }

    /// <summary>A comment and the replies Graph nested under it (replies{...}), the comment first.</summary>
    public static IEnumerable<ChannelEvent> WithReplies(JsonElement comment, string? mediaId)
    {
        var parent = Comment(comment, mediaId);
        yield return parent;
        foreach (var reply in comment.Property("replies")?.Items("data") ?? [])
        {
            yield return Comment(reply, parent.ThreadId, parent.ExternalId);
        }
    }

    /// <summary>Media that @mentions the account (mentioned_media): its caption is the text to screen.</summary>
    public static ChannelEvent MentionedMedia(JsonElement media)
    {
        var id = media.Text("id") ?? throw new ChannelUnavailableException("Graph returned mentioned media without an id");
        var attachment = media.Text("media_url") is { } url ? new ChannelAttachment((media.Text("media_type") ?? "media").ToLowerInvariant(), url) : null;
        return new ChannelEvent(ChannelEventKind.Created, id, media.Text("username"), media.Text("caption"), media.GraphTime("timestamp"), ThreadId: id, IsPublic: true, Permalink: media.Text("permalink"), Attachments: attachment is null ? null : [attachment])
        {
            AuthorDisplayName = media.Text("username"),
        };
    }
}
