using System.Net;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.YouTube;

internal static class YouTubeEventMapper
{
    /// <summary>A top-level comment or a reply; the thread id is the top-level comment id (replies are {parentId}.{suffix}).</summary>
    public static ChannelEvent Comment(YouTubeComment comment, string threadId, ChannelEventKind kind = ChannelEventKind.Created)
    {
        var snippet = comment.Snippet;
        return new ChannelEvent(
            kind,
            comment.Id,
            snippet.AuthorDisplayName,
            snippet.TextOriginal,
            kind == ChannelEventKind.Edited ? snippet.UpdatedAt : snippet.PublishedAt,
            ThreadId: threadId,
            ParentId: snippet.ParentId,
            IsPublic: true,
            Permalink: snippet.VideoId is null ? null : $"https://www.youtube.com/watch?v={snippet.VideoId}&lc={comment.Id}")
        {
            AuthorDisplayName = snippet.AuthorDisplayName,
            AuthorPlatformId = snippet.AuthorChannelId?.Value,
        };
    }

    /// <summary>A public video found by the listening search; titles and descriptions come HTML-escaped.</summary>
    public static ChannelEvent SearchHit(YouTubeSearchResult result)
    {
        var snippet = result.Snippet;
        var id = SearchId(result);
        var text = string.Join("\n\n", new[] { snippet.Title, snippet.Description }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(WebUtility.HtmlDecode));
        return new ChannelEvent(
            ChannelEventKind.Created,
            id,
            WebUtility.HtmlDecode(snippet.ChannelTitle),
            text,
            snippet.PublishedAt,
            ThreadId: id,
            IsPublic: true,
            Permalink: result.Id.VideoId is null ? null : $"https://www.youtube.com/watch?v={result.Id.VideoId}")
        {
            AuthorDisplayName = WebUtility.HtmlDecode(snippet.ChannelTitle),
            AuthorPlatformId = snippet.ChannelId,
            FromListening = true,
        };
    }

    public static string SearchId(YouTubeSearchResult result) =>
        result.Id.VideoId ?? result.Id.PlaylistId ?? result.Id.ChannelId ?? throw new ChannelUnavailableException("YouTube returned a search result without an id.");
}
