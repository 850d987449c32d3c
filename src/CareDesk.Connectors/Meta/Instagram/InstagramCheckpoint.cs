using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Meta.Instagram;

/// <summary>
/// Per watched media (published within the comment lookback), the newest comment time already returned. Graph lists
/// IG comments newest first, so a poll reads from the top down to this watermark.
/// </summary>
internal sealed record InstagramCheckpoint(Dictionary<string, WatchedMedia> Media)
{
    public static InstagramCheckpoint Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new InstagramCheckpoint([]);
        }

        try
        {
            return JsonSerializer.Deserialize<InstagramCheckpoint>(text, MetaJson.Options) ?? throw new JsonException("null checkpoint");
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"Instagram checkpoint is not readable: {exception.Message}", null, exception);
        }
    }

    public string Write() => JsonSerializer.Serialize(this, MetaJson.Options);
}

internal sealed record WatchedMedia(DateTimeOffset PublishedAt, Watermark Comments);
