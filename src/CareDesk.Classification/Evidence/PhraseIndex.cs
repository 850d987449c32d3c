namespace CareDesk.Classification.Evidence;

/// <summary>Longest-match lookup of multi-word phrases over a sequence of token keys.</summary>
internal sealed class PhraseIndex<TValue>
{
    private readonly Dictionary<string, Entry[]> _byFirstToken;

    private PhraseIndex(Dictionary<string, Entry[]> byFirstToken) => _byFirstToken = byFirstToken;

    public static PhraseIndex<TValue> Build(IEnumerable<(string[] Keys, TValue Value)> phrases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var grouped = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (keys, value) in phrases)
        {
            if (keys.Length == 0 || !seen.Add(string.Join(' ', keys)))
            {
                continue;
            }

            if (!grouped.TryGetValue(keys[0], out var list))
            {
                grouped[keys[0]] = list = [];
            }

            list.Add(new Entry(keys, value));
        }

        return new PhraseIndex<TValue>(grouped.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(entry => entry.Keys.Length).ToArray(),
            StringComparer.Ordinal));
    }

    public bool Contains(string singleKey) =>
        _byFirstToken.TryGetValue(singleKey, out var entries) && entries.Any(entry => entry.Keys.Length == 1);

    /// <summary>The longest phrase starting at <paramref name="index"/>; its length in tokens, 0 when none.</summary>
    public int Match(string[] keys, int index, out TValue value)
    {
        if (_byFirstToken.TryGetValue(keys[index], out var entries))
        {
            foreach (var entry in entries)
            {
                if (StartsAt(keys, index, entry.Keys))
                {
                    value = entry.Value;
                    return entry.Keys.Length;
                }
            }
        }

        value = default!;
        return 0;
    }

    private static bool StartsAt(string[] keys, int index, string[] phrase)
    {
        if (index + phrase.Length > keys.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(keys[index + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Keys, TValue Value);
}
