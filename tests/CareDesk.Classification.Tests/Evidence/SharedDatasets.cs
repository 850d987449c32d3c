using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareDesk.Classification.Tests.Evidence;

/// <summary>
/// Reads the research corpora from ../shared/datasets next to the repository (never copied into it).
/// Their offsets are Unicode code points; <see cref="ToUtf16"/> converts them.
/// </summary>
internal static class SharedDatasets
{
    public static string? Find(string relativePath)
    {
        var path = RepositoryPaths.SharedDataset(relativePath);
        return File.Exists(path) ? path : null;
    }

    public static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var document = JsonDocument.Parse(line);
                yield return document.RootElement.Clone();
            }
        }
    }

    public static int ToUtf16(string text, int codePointOffset)
    {
        var index = 0;
        for (var seen = 0; seen < codePointOffset && index < text.Length; seen++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        }

        return index;
    }

    public static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
