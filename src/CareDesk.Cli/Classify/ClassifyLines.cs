using System.Runtime.CompilerServices;
using System.Text.Json;
using CareDesk.Application.Triage;
using CareDesk.Cli.Lines;

namespace CareDesk.Cli.Classify;

/// <summary>Reads {"id","text"} lines; id may be a string or a number and is passed on as a string. Bad lines are reported and skipped.</summary>
internal static class ClassifyLines
{
    public static async IAsyncEnumerable<ClassifyTextItem> ReadAsync(LineInput input, RejectedLines rejected, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (number, text) in input.ReadAsync(cancellationToken))
        {
            if (Parse(number, text, rejected) is { } item)
            {
                yield return item;
            }
        }
    }

    private static ClassifyTextItem? Parse(int number, string line, RejectedLines rejected)
    {
        using var document = rejected.ParseObject(number, line);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => null,
        } : null;
        var text = root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String ? textElement.GetString() : null;

        var problems = new List<(string Field, string Message)>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(("id", "'id' is required and must be a string or a number."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(("text", "'text' is required and must be a non-empty string."));
        }

        if (problems.Count > 0)
        {
            rejected.Reject(number, problems);
            return null;
        }

        return new ClassifyTextItem(id!, text!);
    }
}
