using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Webhooks;

/// <summary>Instagram "comments" / "live_comments" (value.id, text, from{id,username}, media{id}, parent_id) and "mentions".</summary>
internal static class InstagramChangeParser
{
    public static ChannelEvent Comment(JsonElement value, DateTimeOffset? entryTime)
    {
        var id = value.Text("id") ?? throw new ChannelUnavailableException("Instagram comment change without an id");
        var media = value.Text("media", "id");
        return new ChannelEvent(
            ChannelEventKind.Created,
            id,
            Author: value.Text("from", "username"),
            Text: value.Text("text"),
            OccurredAt: entryTime,
            ThreadId: media,
            ParentId: value.Text("parent_id") ?? media,
            IsPublic: true)
        {
            AuthorDisplayName = value.Text("from", "username"),
            AuthorPlatformId = value.Text("from", "id"),
        };
    }

    /// <summary>
    /// The account was @mentioned in a comment or caption on someone else's media. Meta sends only ids, so the
    /// event has no text yet: <see cref="Instagram.InstagramConnector.GetMentionAsync"/> reads it.
    /// </summary>
    public static ChannelEvent Mention(JsonElement value, DateTimeOffset? entryTime)
    {
        var media = value.Text("media_id");
        var id = value.Text("comment_id") ?? media ?? throw new ChannelUnavailableException("Instagram mention without comment_id or media_id");
        return new ChannelEvent(ChannelEventKind.Created, id, null, null, entryTime, ThreadId: media, ParentId: id == media ? null : media, IsPublic: true);
    }
}
