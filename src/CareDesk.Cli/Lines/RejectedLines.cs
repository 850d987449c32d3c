using System.Text.Json;
using static System.FormattableString;

namespace CareDesk.Cli.Lines;

/// <summary>Reports rejected input lines on stderr as "line N: field: message" and counts them.</summary>
internal sealed class RejectedLines(TextWriter error)
{
    public int Count { get; private set; }

    public void Reject(int line, string field, string message) => Reject(line, [(field, message)]);

    public void Reject(int line, IEnumerable<(string Field, string Message)> problems)
    {
        Count++;
        foreach (var (field, message) in problems)
        {
            error.WriteLine(Invariant($"line {line}: {field}: {message}"));
        }
    }

    /// <summary>Parses one line as a JSON object; a syntax error or a non-object is reported and gives null.</summary>
    public JsonDocument? ParseObject(int line, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            Reject(line, "json", "malformed JSON: " + exception.Message);
            return null;
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        Reject(line, "json", "expected a JSON object.");
        return null;
    }

    /// <summary>The field a deserialization error is about, from its JSON path ("$.postedAt" gives "postedAt").</summary>
    public static string FieldOf(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "json";
}
