using System.Text.Json.Nodes;

namespace CareDesk.Connectors.Tests.Fixtures;

/// <summary>A recorded HTTP exchange file ({network}/replay/*.json): requests with the responses the real API gave.</summary>
internal sealed record Cassette(string Path, IReadOnlyList<RecordedInteraction> Interactions)
{
    public static Cassette Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
        var interactions = root["interactions"]!.AsArray().Select(item => RecordedInteraction.From(item!)).ToList();
        return new Cassette(path, interactions);
    }
}

/// <param name="Uri">The recorded absolute URI (api.twitter.com, oauth.reddit.com...); the fake server matches on its path.</param>
/// <param name="RequestBody">JSON object, form text or null, as recorded.</param>
/// <param name="ResponseBody">The response body as text (JSON bodies re-serialised from the recording).</param>
internal sealed record RecordedInteraction(
    string Method,
    Uri Uri,
    JsonNode? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string ResponseBody)
{
    public static RecordedInteraction From(JsonNode node)
    {
        var request = node["request"]!;
        var response = node["response"]!;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (response["headers"] is JsonObject recorded)
        {
            foreach (var (name, value) in recorded)
            {
                // Multi-valued headers (set-cookie) are redacted in the recordings; the first value is enough.
                headers[name] = value is JsonArray values ? values.FirstOrDefault()?.ToString() ?? string.Empty : value?.ToString() ?? string.Empty;
            }
        }

        var body = response["body"] switch
        {
            null => string.Empty,
            JsonValue text when response["body_format"]?.GetValue<string>() == "text" => text.GetValue<string>(),
            var json => json.ToJsonString(),
        };
        return new RecordedInteraction(request["method"]!.GetValue<string>(), new Uri(request["uri"]!.GetValue<string>()), request["body"]?.DeepClone(), response["status"]!.GetValue<int>(), headers, body);
    }
}
