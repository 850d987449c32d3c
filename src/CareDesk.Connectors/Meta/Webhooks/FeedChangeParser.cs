using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Webhooks;

/// <summary>
/// A Page "feed" or "mention" change: value.item (comment, post, status, photo, video, share) and value.verb
/// (add, edited, remove, hide, unhide). Reactions, likes and verbs that change no text (block, mute) are not
/// customer posts and yield nothing.
/// </summary>
internal static class FeedChangeParser
{
    public static ChannelEvent? Parse(JsonElement value, DateTimeOffset? entryTime)
    {
        var kind = value.Text("verb") switch
        {
            "add" => ChannelEventKind.Created,
            "edited" or "edit" or "update" => ChannelEventKind.Edited,
            "remove" or "delete" => ChannelEventKind.Deleted,
            "hide" => ChannelEventKind.Hidden,
            "unhide" => ChannelEventKind.Unhidden,
            _ => (ChannelEventKind?)null,
        };
        var item = value.Text("item");
        if (kind is null || item is null or "reaction" or "like")
        {
            return null;
        }

        var postId = value.Text("post_id");
        var isComment = item == "comment";
        var externalId = (isComment ? value.Text("comment_id") : postId)
            ?? throw new ChannelUnavailableException($"Meta feed change '{item} {value.Text("verb")}' has no {(isComment ? "comment_id" : "post_id")}");

        return new ChannelEvent(
            kind.Value,
            externalId,
            Author: value.Text("from", "name") ?? value.Text("sender_name"),
            Text: kind == ChannelEventKind.Deleted ? null : value.Text("message"),
            OccurredAt: value.EpochTime("created_time") ?? entryTime,
            ThreadId: postId,
            ParentId: isComment ? value.Text("parent_id") : null,
            IsPublic: true,
            Attachments: Attachments(value))
        {
            AuthorDisplayName = value.Text("from", "name") ?? value.Text("sender_name"),
            AuthorPlatformId = value.Text("from", "id") ?? value.Text("sender_id"),
        };
    }

    private static List<ChannelAttachment>? Attachments(JsonElement value)
    {
        var attachments = new List<ChannelAttachment>();
        if (value.Text("photo") is { } photo)
        {
            attachments.Add(new ChannelAttachment("photo", photo));
        }

        attachments.AddRange(value.Items("photos").Where(url => url.ValueKind == JsonValueKind.String).Select(url => new ChannelAttachment("photo", url.GetString())));
        if (value.Text("video") is { } video)
        {
            attachments.Add(new ChannelAttachment("video", video));
        }

        if (value.Text("link") is { } link)
        {
            attachments.Add(new ChannelAttachment("link", link));
        }

        return attachments.Count == 0 ? null : attachments;
    }
}
