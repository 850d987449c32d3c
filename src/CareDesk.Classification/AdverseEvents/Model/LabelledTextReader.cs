using System.Globalization;
using System.Text.Json;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Reads the shared JSONL format (<c>id</c>, <c>text</c>, <c>has_ade</c>, optional <c>split</c>; other fields ignored).</summary>
public static class LabelledTextReader
{
    public static IReadOnlyList<LabelledText> ReadJsonl(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var rows = new List<LabelledText>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(ParseLine(line, path, lineNumber));
        }

        return rows;
    }

    private static LabelledText ParseLine(string line, string path, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = Required(root, "id").GetString();
            var text = Required(root, "text").GetString();
            var hasAe = Required(root, "has_ade").GetBoolean();
            var split = root.TryGetProperty("split", out var splitElement) && splitElement.ValueKind == JsonValueKind.String
                ? splitElement.GetString()
                : null;
            if (string.IsNullOrEmpty(id) || text is null)
            {
                throw new FormatException("\"id\" and \"text\" must be non-empty strings");
            }

            return new LabelledText(id, text, hasAe, split);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException(
                string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: malformed labelled-text line: {exception.Message}"),
                exception);
        }
    }

    private static JsonElement Required(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
            ? value
            : throw new KeyNotFoundException($"missing \"{name}\"");
}
