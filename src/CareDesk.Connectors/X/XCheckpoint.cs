using System.Text.Json;
using System.Text.Json.Serialization;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.X;

/// <summary>
/// Where each source continues. <see cref="XCursor.SinceId"/> is the newest id fully read; while a backlog is being
/// read over several polls, <see cref="XCursor.UntilId"/> / <see cref="XCursor.PageToken"/> say where the unread part
/// starts and <see cref="XCursor.NewestId"/> holds the newest id already returned (it becomes SinceId once the backlog is done).
/// </summary>
internal sealed record XCheckpoint(XCursor Mentions, XCursor Search, XCursor DirectMessages, string? SearchQuery = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static XCheckpoint Empty { get; } = new(XCursor.Start, XCursor.Start, XCursor.Start);

    public static XCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<XCheckpoint>(text, Json);
            return stored is null ? Empty : stored with
            {
                Mentions = stored.Mentions ?? XCursor.Start,
                Search = stored.Search ?? XCursor.Start,
                DirectMessages = stored.DirectMessages ?? XCursor.Start,
            };
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"The stored X checkpoint is not readable ({exception.Message}); it must be reset by hand.", inner: exception);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, Json);
}

internal sealed record XCursor(string? SinceId = null, string? UntilId = null, string? PageToken = null, string? NewestId = null)
{
    public static XCursor Start { get; } = new();
}
