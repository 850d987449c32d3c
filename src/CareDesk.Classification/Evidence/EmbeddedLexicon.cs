namespace CareDesk.Classification.Evidence;

/// <summary>Reads the product's own lexicon files embedded from Resources/: one entry a line, '#' comments.</summary>
internal static class EmbeddedLexicon
{
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(name => name.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>Splits "key&lt;TAB&gt;a|b|c" into the key and its values (empty when there is no second column).</summary>
    public static (string Key, string[] Values) SplitEntry(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            return (line.Trim(), []);
        }

        var values = line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (line[..tab].Trim(), values);
    }
}
