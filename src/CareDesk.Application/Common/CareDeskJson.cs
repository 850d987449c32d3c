using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDesk.Application.Common;

/// <summary>One JSON shape for the API, the CLI and audit snapshots: camelCase fields, snake_case enum names.</summary>
public static class CareDeskJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new OffsetRequiredDateTimeOffsetConverter());
        // JSON here is served as application/json or written to files, never inlined into HTML unencoded.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
