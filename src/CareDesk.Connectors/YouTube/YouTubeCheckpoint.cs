using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.YouTube;

/// <summary>
/// Where a YouTube channel's polling stands. <see cref="Since"/> is the newest publishedAt returned, with the ids
/// published at exactly that instant, so a restart neither repeats nor skips a comment published in the same second.
/// <see cref="ReplyCounts"/> lets a poll fetch replies only for threads whose reply count grew (each fetch costs quota);
/// <see cref="Watch"/> lists recent comments re-read for edits and deletions.
/// </summary>
internal sealed record YouTubeCheckpoint(
    DateTimeOffset? Since,
    IReadOnlyList<string> IdsAtSince,
    IReadOnlyDictionary<string, int> ReplyCounts,
    IReadOnlyDictionary<string, WatchedComment> Watch,
    DateTimeOffset? SearchSince,
    IReadOnlyList<string> SearchIdsAtSince)
{
    public static readonly YouTubeCheckpoint Empty = new(null, [], new Dictionary<string, int>(), new Dictionary<string, WatchedComment>(), null, []);

    public static YouTubeCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<YouTubeCheckpoint>(text, JsonSerializerOptions.Web) ?? Empty;
            return parsed with
            {
                IdsAtSince = parsed.IdsAtSince ?? [],
                ReplyCounts = parsed.ReplyCounts ?? new Dictionary<string, int>(),
                Watch = parsed.Watch ?? new Dictionary<string, WatchedComment>(),
                SearchIdsAtSince = parsed.SearchIdsAtSince ?? [],
            };
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"The stored YouTube checkpoint is not valid JSON ({exception.Message}); fix or clear it.", null, exception);
        }
    }

    public string Serialize() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>True when an item published at <paramref name="at"/> was not returned by an earlier poll.</summary>
    public static bool IsNew(DateTimeOffset? since, IReadOnlyList<string> idsAtSince, string id, DateTimeOffset at) =>
        since is null || at > since || (at == since && !idsAtSince.Contains(id));

    /// <summary>The new watermark after returning <paramref name="published"/>: newest instant and every id at it.</summary>
    public static (DateTimeOffset? Since, IReadOnlyList<string> Ids) Advance(DateTimeOffset? since, IReadOnlyList<string> idsAtSince, IEnumerable<(string Id, DateTimeOffset At)> published)
    {
        var items = published.ToList();
        if (items.Count == 0)
        {
            return (since, idsAtSince);
        }

        var newest = items.Max(item => item.At);
        if (since is { } previous && previous > newest)
        {
            return (since, idsAtSince);
        }

        var ids = items.Where(item => item.At == newest).Select(item => item.Id);
        return (newest, since == newest ? [.. idsAtSince.Union(ids)] : [.. ids]);
    }
}

/// <summary>A comment CareDesk already returned, with the updatedAt it had then.</summary>
internal sealed record WatchedComment(DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt, string ThreadId);
