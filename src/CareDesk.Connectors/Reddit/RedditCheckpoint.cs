using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Reddit;

/// <summary>
/// Per source (mentions, comment replies, messages, search, a watched submission): the newest fullname returned, its
/// created_utc, and every fullname created in that same second. Reading pages back to created_utc rather than asking
/// Reddit for before=fullname keeps polling going when that newest item is deleted (before= then returns nothing).
/// </summary>
internal sealed record RedditCheckpoint(Dictionary<string, RedditSourceMark> Sources)
{
    public static RedditCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RedditCheckpoint([]);
        }

        try
        {
            return new RedditCheckpoint(JsonSerializer.Deserialize<Dictionary<string, RedditSourceMark>>(text, JsonSerializerOptions.Web) ?? []);
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"The stored Reddit checkpoint is not valid JSON ({exception.Message}); fix or clear it.", null, exception);
        }
    }

    public string Serialize() => JsonSerializer.Serialize(Sources, JsonSerializerOptions.Web);
}

internal sealed record RedditSourceMark(string Newest, double CreatedUtc, IReadOnlyList<string> NamesAtCreated)
{
    public bool HasReturned(RedditThingData item) =>
        item.CreatedUtc < CreatedUtc || (item.CreatedUtc == CreatedUtc && NamesAtCreated.Contains(item.Name));

    public static RedditSourceMark? Advance(RedditSourceMark? mark, IReadOnlyCollection<RedditThingData> returned)
    {
        if (returned.Count == 0)
        {
            return mark;
        }

        var newest = returned.Max(item => item.CreatedUtc!.Value);
        if (mark is not null && mark.CreatedUtc > newest)
        {
            return mark;
        }

        var names = returned.Where(item => item.CreatedUtc == newest).Select(item => item.Name!).ToList();
        return new RedditSourceMark(names[0], newest, mark?.CreatedUtc == newest ? [.. mark.NamesAtCreated.Union(names)] : names);
    }
}
