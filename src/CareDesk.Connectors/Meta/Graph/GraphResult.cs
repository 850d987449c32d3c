using System.Text.Json;

namespace CareDesk.Connectors.Meta.Graph;

/// <summary>One successful Graph answer: its JSON and the usage headers that came with it.</summary>
internal sealed record GraphResult(JsonElement Body, GraphUsage? Usage)
{
    public IEnumerable<JsonElement> Data => Body.Items("data");

    /// <summary>The next page's URL when Graph says there is one (paging.next).</summary>
    public string? Next => Body.Property("paging") is { } paging ? paging.Text("next") : null;

    public string? AfterCursor => Body.Property("paging")?.Property("cursors")?.Text("after");
}
