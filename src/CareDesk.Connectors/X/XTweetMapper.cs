using System.Net;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>
/// Maps X v2 tweets and DM events onto <see cref="ChannelEvent"/>: author handle and name from includes.users
/// (expansions=author_id), thread = conversation_id, parent = the replied_to reference, text HTML-unescaped (X sends
/// &amp;amp;). Works on the default payload too (id, text, edit_history_tweet_ids only): the time then comes from the id.
/// </summary>
internal static class XTweetMapper
{
    public static ChannelEvent FromTweet(XTweet tweet, XIncludes? includes, bool fromListening)
    {
        var author = Find(includes?.Users, tweet.AuthorId);
        var history = tweet.EditHistoryTweetIds;

        // An edit is a new tweet id whose history starts with the original: it becomes a revision of the original.
        var isEdit = history is { Count: > 1 } && history[^1] == tweet.Id;
        var externalId = isEdit ? history![0] : tweet.Id;
        return new ChannelEvent(
            isEdit ? ChannelEventKind.Edited : ChannelEventKind.Created,
            externalId,
            Handle(author),
            Unescape(tweet.Text),
            tweet.CreatedAt ?? XIds.TimeOf(tweet.Id),
            ThreadId: tweet.ConversationId,
            ParentId: tweet.ReferencedTweets?.FirstOrDefault(reference => reference.Type == "replied_to")?.Id,
            IsPublic: true,
            Permalink: author?.Username is { } username ? $"https://x.com/{username}/status/{tweet.Id}" : $"https://x.com/i/web/status/{tweet.Id}",
            Attachments: Attachments(tweet.Attachments, includes))
        {
            AuthorDisplayName = author?.Name,
            AuthorPlatformId = tweet.AuthorId,
            FromListening = fromListening,
        };
    }

    public static ChannelEvent FromDirectMessage(XDmEvent message, XIncludes? includes)
    {
        var sender = Find(includes?.Users, message.SenderId);
        return new ChannelEvent(
            ChannelEventKind.Created,
            message.Id,
            Handle(sender),
            message.Text,
            message.CreatedAt ?? XIds.TimeOf(message.Id),
            ThreadId: message.DmConversationId,
            IsPublic: false,
            Permalink: message.DmConversationId is { } conversation ? $"https://x.com/messages/{conversation}" : null,
            Attachments: Attachments(message.Attachments, includes))
        {
            AuthorDisplayName = sender?.Name,
            AuthorPlatformId = message.SenderId,
        };
    }

    /// <summary>A tweet X reports as not found (deleted or never existed): recorded as deleted, never erased.</summary>
    public static ChannelEvent Deleted(string tweetId) =>
        new(ChannelEventKind.Deleted, tweetId, Author: null, Text: null, OccurredAt: null, IsPublic: true);

    public static string? Handle(XUser? user) => user?.Username is { } username ? "@" + username : null;

    /// <summary>X escapes &amp;, &lt; and &gt; in tweet text (a typed "&amp;amp;" arrives double-escaped, so one decode is exact).</summary>
    public static string? Unescape(string? text) => text is null ? null : WebUtility.HtmlDecode(text);

    private static XUser? Find(IReadOnlyList<XUser>? users, string? id) =>
        id is null ? null : users?.FirstOrDefault(user => user.Id == id);

    private static IReadOnlyList<ChannelAttachment>? Attachments(XTweetAttachments? attachments, XIncludes? includes)
    {
        if (attachments?.MediaKeys is not { Count: > 0 } keys)
        {
            return null;
        }

        // Without the media expansion only the key is known; the attachment is still listed so a reviewer knows it exists.
        return [.. keys.Select(key => includes?.Media?.FirstOrDefault(media => media.MediaKey == key) is { } media
            ? new ChannelAttachment(media.Type ?? "media", media.Url ?? media.PreviewImageUrl)
            : new ChannelAttachment("media", null))];
    }
}
