namespace CareDesk.Domain.Listening.Anomalies;

/// <summary>
/// MinHash signatures over word shingles: the share of equal positions in two signatures estimates the Jaccard
/// similarity of the two shingle sets (Broder 1997). Hashes are seeded and deterministic, so runs are repeatable.
/// </summary>
public sealed class MinHash(int hashCount = 64, int shingleSize = 3)
{
    public int HashCount { get; } = hashCount;

    public int ShingleSize { get; } = shingleSize;

    /// <summary>Consecutive word k-grams of the text; a text shorter than k is one shingle of all its words.</summary>
    public IReadOnlySet<string> Shingles(string text)
    {
        var words = ListeningText.Words(text);
        if (words.Count <= ShingleSize)
        {
            return words.Count == 0 ? new HashSet<string>() : new HashSet<string> { string.Join(' ', words) };
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start + ShingleSize <= words.Count; start++)
        {
            shingles.Add(string.Join(' ', words.Skip(start).Take(ShingleSize)));
        }

        return shingles;
    }

    public ulong[] Signature(string text)
    {
        var signature = new ulong[HashCount];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in Shingles(text))
        {
            var baseHash = Fnv1a(shingle);
            for (var index = 0; index < HashCount; index++)
            {
                var value = Mix(baseHash ^ Seed(index));
                if (value < signature[index])
                {
                    signature[index] = value;
                }
            }
        }

        return signature;
    }

    public static double EstimateSimilarity(ulong[] first, ulong[] second)
    {
        if (first.Length != second.Length || first.Length == 0)
        {
            throw new ArgumentException("Signatures must have the same, non-zero length.", nameof(second));
        }

        var equal = 0;
        for (var index = 0; index < first.Length; index++)
        {
            equal += first[index] == second[index] && first[index] != ulong.MaxValue ? 1 : 0;
        }

        return (double)equal / first.Length;
    }

    public static double Jaccard(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        if (first.Count == 0 && second.Count == 0)
        {
            return 0;
        }

        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }

    private static ulong Seed(int index) => Mix((ulong)(index + 1) * 0x9E3779B97F4A7C15UL);

    private static ulong Fnv1a(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in value)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64 finaliser: spreads the bits so each seeded variant behaves like an independent hash function.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
