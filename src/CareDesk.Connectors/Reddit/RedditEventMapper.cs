using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Reddit;

internal static class RedditEventMapper
{
    /// <summary>t1 comment, t3 submission or t4 private message, keyed by its fullname.</summary>
    public static ChannelEvent ToEvent(RedditThing thing, bool fromListening = false)
    {
        var data = thing.Data;
        var isMessage = thing.Kind == "t4";
        var text = thing.Kind switch
        {
            "t3" => Join(data.Title, data.Selftext),
            "t4" => Join(data.Subject, data.Body),
            _ => data.Body,
        };
        var link = data.Permalink ?? data.Context;
        return new ChannelEvent(
            ChannelEventKind.Created,
            data.Name!,
            data.Author,
            text,
            DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(data.CreatedUtc!.Value * 1000)),
            ThreadId: ThreadOf(thing),
            ParentId: data.ParentId,
            IsPublic: !isMessage,
            Permalink: isMessage || link is null ? null : new Uri(new Uri("https://www.reddit.com/"), link).ToString())
        {
            AuthorPlatformId = data.AuthorFullname,
            FromListening = fromListening,
        };
    }

    /// <summary>Comments belong to their submission (link_id, or the /comments/{article}/ segment of an inbox item's context link).</summary>
    private static string? ThreadOf(RedditThing thing) => thing.Kind switch
    {
        "t3" => thing.Data.Name,
        "t4" => thing.Data.FirstMessageName ?? thing.Data.Name,
        _ => thing.Data.LinkId ?? ArticleFromContext(thing.Data.Context),
    };

    private static string? ArticleFromContext(string? context)
    {
        var segments = context?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var index = Array.IndexOf(segments, "comments");
        return index >= 0 && index + 1 < segments.Length ? "t3_" + segments[index + 1] : null;
    }

    private static string Join(string? first, string? second) =>
        string.IsNullOrWhiteSpace(second) ? first ?? string.Empty : $"{first}\n\n{second}";
}
