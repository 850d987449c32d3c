using System.Globalization;
using System.Text.Json;

namespace CareDesk.Connectors.Meta.Graph;

/// <summary>Reading Meta JSON, where the same id is a string in one payload and a number in another.</summary>
internal static class JsonElementExtensions
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? Text(this JsonElement element, string name) => element.Property(name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        // Webhook ids such as entry.id and sender.id arrive as bare numbers; the raw text keeps every digit.
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    public static string? Text(this JsonElement element, string name, string nested) =>
        element.Property(name) is { } inner ? inner.Text(nested) : null;

    public static bool Flag(this JsonElement element, string name) => element.Property(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.Number } value => value.GetRawText() != "0",
        { ValueKind: JsonValueKind.String } value => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>Graph's ISO form "2021-07-21T21:05:14+0000" (no colon in the offset).</summary>
    public static DateTimeOffset? GraphTime(this JsonElement element, string name) => ParseGraphTime(element.Text(name));

    public static DateTimeOffset? ParseGraphTime(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // "+0000" → "+00:00" so the invariant round-trip parser accepts it.
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsAsciiDigit(text[^1]))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;
    }

    /// <summary>Epoch time as webhooks send it: seconds in feed changes, milliseconds in messaging and some entry times.</summary>
    public static DateTimeOffset? EpochTime(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number)
            ? number > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number)
            : null;
}
