namespace CareDesk.Classification.Evidence;

/// <summary>
/// Misspelling lookup by symmetric deletion: every name of 6+ letters is stored with its one- and (for 9+ letters)
/// two-letter deletions, so a query needs only a handful of dictionary probes. A match keeps the first letter and is
/// within 1 edit for 6-8 letter names and 2 edits for 9+ letters.
/// </summary>
internal sealed class FuzzyNameIndex
{
    public const int MinimumQueryLength = 5;

    private const int MaximumQueryLength = 40;

    private readonly string[] _names;

    // [first letter, query length]: whether any name could be within reach; skips most words without a probe.
    private readonly bool[,] _reachable = new bool[26, MaximumQueryLength + 1];
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _deletions;

    public FuzzyNameIndex(IEnumerable<string> names)
    {
        _names = [.. names.Where(name => AllowedEdits(name.Length) > 0 && name.All(char.IsLetter)).Distinct(StringComparer.Ordinal)];
        var deletions = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            foreach (var variant in Deletions(_names[i], AllowedEdits(_names[i].Length)))
            {
                if (!deletions.TryGetValue(variant, out var set))
                {
                    deletions[variant] = set = [];
                }

                set.Add(i);
            }
        }

        foreach (var name in _names.Where(name => char.IsAsciiLetterLower(name[0])))
        {
            var edits = AllowedEdits(name.Length);
            for (var length = name.Length - edits; length <= Math.Min(MaximumQueryLength, name.Length + edits); length++)
            {
                _reachable[name[0] - 'a', length] = true;
            }
        }

        _deletions = deletions.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static int AllowedEdits(int length) => length >= 9 ? 2 : length >= 6 ? 1 : 0;

    /// <summary>The closest stored name within the allowed edits (never the word itself), or null.</summary>
    public string? FindClosest(string word)
    {
        if (word.Length < MinimumQueryLength || word.Length > MaximumQueryLength
            || !char.IsAsciiLetterLower(word[0]) || !_reachable[word[0] - 'a', word.Length])
        {
            return null;
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        Span<char> buffer = stackalloc char[word.Length];
        Span<char> second = stackalloc char[word.Length];
        Probe(word, ref best, ref bestDistance);
        for (var i = 0; i < word.Length; i++)
        {
            var one = DeleteAt(word, i, buffer);
            Probe(one, ref best, ref bestDistance);
            if (word.Length >= 9)
            {
                for (var j = i; j < one.Length; j++)
                {
                    Probe(DeleteAt(one, j, second), ref best, ref bestDistance);
                }
            }
        }

        return best < 0 ? null : _names[best];

        void Probe(ReadOnlySpan<char> key, ref int bestIndex, ref int bestSoFar)
        {
            if (!_deletions.TryGetValue(key, out var candidates))
            {
                return;
            }

            foreach (var candidate in candidates)
            {
                var name = _names[candidate];
                if (candidate == bestIndex || name[0] != word[0] || string.Equals(name, word, StringComparison.Ordinal))
                {
                    continue;
                }

                var allowed = AllowedEdits(name.Length);
                var distance = EditDistance.Compute(word, name, allowed);
                if (distance <= allowed && distance < bestSoFar)
                {
                    bestSoFar = distance;
                    bestIndex = candidate;
                }
            }
        }
    }

    private static ReadOnlySpan<char> DeleteAt(ReadOnlySpan<char> source, int index, Span<char> buffer)
    {
        source[..index].CopyTo(buffer);
        source[(index + 1)..].CopyTo(buffer[index..]);
        return buffer[..(source.Length - 1)];
    }

    private static HashSet<string> Deletions(string name, int depth)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { name };
        var frontier = new List<string> { name };
        for (var level = 0; level < depth; level++)
        {
            var next = new List<string>();
            foreach (var word in frontier)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    var shorter = word.Remove(i, 1);
                    if (result.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }
}
