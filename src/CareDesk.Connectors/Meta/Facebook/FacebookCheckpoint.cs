using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>
/// Where a Page's poll continues: the feed by created time, each watched post's comments by Graph's "after" cursor,
/// and the Messenger inbox by message time. Serialized as JSON; opaque to the poller.
/// </summary>
internal sealed record FacebookCheckpoint(Watermark Feed, Dictionary<string, WatchedPost> Posts, Watermark Messages)
{
    public static FacebookCheckpoint Read(string? text, DateTimeOffset firstRunSince)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new FacebookCheckpoint(Watermark.Since(firstRunSince), [], Watermark.Since(firstRunSince));
        }

        try
        {
            return JsonSerializer.Deserialize<FacebookCheckpoint>(text, MetaJson.Options) ?? throw new JsonException("null checkpoint");
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"Facebook checkpoint is not readable: {exception.Message}", null, exception);
        }
    }

    public string Write() => JsonSerializer.Serialize(this, MetaJson.Options);
}

/// <param name="After">Graph's cursor after the last comment read; null reads from the first comment.</param>
internal sealed record WatchedPost(DateTimeOffset CreatedAt, string? After);
