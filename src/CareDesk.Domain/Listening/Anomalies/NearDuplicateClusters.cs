namespace CareDesk.Domain.Listening.Anomalies;

/// <summary>
/// Groups near-duplicate texts with locality-sensitive hashing: signatures are cut into bands, texts sharing a band
/// become candidates, and a candidate pair joins one cluster when its estimated similarity reaches the threshold.
/// With 16 bands of 4 rows a pair at 0.7 similarity is a candidate with probability 1-(1-0.7^4)^16 ≈ 0.99.
/// </summary>
public sealed class NearDuplicateClusters(MinHash minHash, int bands = 16)
{
    public IReadOnlyList<IReadOnlyList<int>> Find(IReadOnlyList<string> texts, double threshold)
    {
        var rows = minHash.HashCount / bands;
        var signatures = texts.Select(minHash.Signature).ToArray();
        var parent = Enumerable.Range(0, texts.Count).ToArray();
        for (var band = 0; band < bands; band++)
        {
            var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var index = 0; index < signatures.Length; index++)
            {
                if (signatures[index][0] == ulong.MaxValue)
                {
                    continue;
                }

                var key = string.Join(',', signatures[index].Skip(band * rows).Take(rows));
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }

                bucket.Add(index);
            }

            foreach (var bucket in buckets.Values.Where(bucket => bucket.Count > 1))
            {
                for (var other = 1; other < bucket.Count; other++)
                {
                    if (MinHash.EstimateSimilarity(signatures[bucket[0]], signatures[bucket[other]]) >= threshold)
                    {
                        Union(parent, bucket[0], bucket[other]);
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, texts.Count).GroupBy(index => Root(parent, index))
            .Where(group => group.Count() > 1).Select(group => (IReadOnlyList<int>)[.. group]).OrderByDescending(group => group.Count)];
    }

    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index)
        {
            parent[index] = parent[parent[index]];
            index = parent[index];
        }

        return index;
    }

    private static void Union(int[] parent, int first, int second) => parent[Root(parent, first)] = Root(parent, second);
}
