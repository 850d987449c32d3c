using System.Globalization;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.X.Webhooks;

/// <summary>
/// Account Activity (v1.1) objects → <see cref="ChannelEvent"/>, matching what polling produces: same ids, "@handle",
/// DM thread = the v2 dm_conversation_id of a one-to-one chat ("smallerId-largerId"). v1.1 tweets carry no
/// conversation_id, so a reply's thread is left to its ParentId; a non-reply is the root of its own conversation.
/// </summary>
internal static class XActivityMapper
{
    private const string CreatedAtFormat = "ddd MMM dd HH:mm:ss '+0000' yyyy";

    public static ChannelEvent FromTweet(XActivityTweet tweet)
    {
        var text = tweet.Truncated && tweet.ExtendedTweet?.FullText is { } full ? full : tweet.Text;
        var handle = tweet.User?.ScreenName;
        return new ChannelEvent(
            ChannelEventKind.Created,
            tweet.IdStr,
            handle is null ? null : "@" + handle,
            XTweetMapper.Unescape(text),
            CreatedAt(tweet) ?? XIds.TimeOf(tweet.IdStr),
            ThreadId: tweet.InReplyToStatusIdStr is null ? tweet.IdStr : null,
            ParentId: tweet.InReplyToStatusIdStr,
            IsPublic: true,
            Permalink: handle is null ? $"https://x.com/i/web/status/{tweet.IdStr}" : $"https://x.com/{handle}/status/{tweet.IdStr}")
        {
            AuthorDisplayName = tweet.User?.Name,
            AuthorPlatformId = tweet.User?.IdStr,
        };
    }

    public static ChannelEvent? FromDelete(XActivityTweetDelete deletion) =>
        deletion.Status?.Id is { } id
            ? new ChannelEvent(ChannelEventKind.Deleted, id, null, null, Milliseconds(deletion.TimestampMs), IsPublic: true) { AuthorPlatformId = deletion.Status.UserId }
            : null;

    public static ChannelEvent FromDirectMessage(XActivityDirectMessage message, IReadOnlyDictionary<string, XActivityUser>? users)
    {
        var create = message.MessageCreate;
        var senderId = create?.SenderId;
        var sender = senderId is not null && users is not null && users.TryGetValue(senderId, out var found) ? found : null;
        var id = message.Id ?? throw new ChannelUnavailableException("An X direct_message_events item has no id.");
        return new ChannelEvent(
            ChannelEventKind.Created,
            id,
            sender?.ScreenName is { } handle ? "@" + handle : null,
            create?.MessageData?.Text,
            Milliseconds(message.CreatedTimestamp) ?? XIds.TimeOf(id),
            ThreadId: ConversationId(senderId, create?.Target?.RecipientId),
            IsPublic: false)
        {
            AuthorDisplayName = sender?.Name,
            AuthorPlatformId = senderId,
        };
    }

    private static string? ConversationId(string? first, string? second) =>
        first is null || second is null ? null : XIds.Compare(first, second) <= 0 ? $"{first}-{second}" : $"{second}-{first}";

    private static DateTimeOffset? CreatedAt(XActivityTweet tweet) =>
        DateTimeOffset.TryParseExact(tweet.CreatedAt, CreatedAtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : Milliseconds(tweet.TimestampMs);

    private static DateTimeOffset? Milliseconds(string? epochMilliseconds) =>
        long.TryParse(epochMilliseconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
