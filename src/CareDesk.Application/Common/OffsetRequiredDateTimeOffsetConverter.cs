using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDesk.Application.Common;

/// <summary>
/// Refuses timestamps without a UTC offset: "2026-11-20T09:00:00" would otherwise be read in the server's own
/// zone and shift an SLA clock by hours without anyone noticing.
/// </summary>
public sealed class OffsetRequiredDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !HasOffset(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException($"'{text}' is not an ISO-8601 timestamp with a UTC offset, e.g. 2026-11-23T09:30:00Z or 2026-11-23T04:30:00-05:00.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    private static bool HasOffset(string text)
    {
        var timePart = text.IndexOf('T', StringComparison.Ordinal);
        if (timePart < 0)
        {
            return false;
        }

        var time = text[timePart..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
    }
}
