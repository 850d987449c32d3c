using CareDesk.Classification.Products;

namespace CareDesk.Classification.Evidence;

/// <summary>
/// Finds medicine names in text: whole words, case-insensitive, multi-word names, hashtags that start with a name
/// (#LipitorSideEffects) and misspellings of names of six letters or more. Everyday words are guarded by a stop list.
/// </summary>
public sealed class DrugLexicon
{
    private const int MinimumHashtagPrefix = 5;

    private static readonly Lazy<DrugLexicon> Default = new(() => new DrugLexicon(ReadDefaultEntries(), []));

    private readonly IReadOnlyList<DrugEntry> _entries;
    private readonly IReadOnlyList<ConfiguredProduct> _products;
    private readonly PhraseIndex<DrugEntry> _phrases;
    private readonly Dictionary<string, DrugEntry>.AlternateLookup<ReadOnlySpan<char>> _singleWordNames;
    private readonly FuzzyNameIndex _fuzzy;
    private readonly Dictionary<string, IReadOnlyList<string>> _approvedIndications;

    private DrugLexicon(IReadOnlyList<DrugEntry> entries, IReadOnlyList<ConfiguredProduct> products)
    {
        _entries = entries;
        _products = products;
        var configured = products.Select(product => new DrugEntry(product.Name.Trim(), [product.Name, .. product.Aliases], true));
        var all = configured.Concat(entries).ToList();
        var names = all.SelectMany(entry => entry.Names.Select(name => (Keys: Tokenize(name), Entry: entry))).ToList();
        _phrases = PhraseIndex<DrugEntry>.Build(names);
        var single = new Dictionary<string, DrugEntry>(StringComparer.Ordinal);
        foreach (var (keys, entry) in names.Where(name => name.Keys.Length == 1))
        {
            single.TryAdd(keys[0], entry);
        }

        _singleWordNames = single.GetAlternateLookup<ReadOnlySpan<char>>();
        _fuzzy = new FuzzyNameIndex(single.Keys);
        _approvedIndications = products
            .GroupBy(product => product.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)[.. group.SelectMany(product => product.ApprovedIndications)], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lexicon shipped with the product (Resources/drug-lexicon.tsv).</summary>
    public static DrugLexicon LoadDefault() => Default.Value;

    /// <summary>A lexicon that also knows the customer's own products; their names win over the shipped ones.</summary>
    public DrugLexicon WithProducts(IEnumerable<ConfiguredProduct> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        return new DrugLexicon(_entries, [.. _products, .. products]);
    }

    /// <summary>Approved indications of a configured product (empty for shipped names).</summary>
    public IReadOnlyList<string> ApprovedIndicationsFor(string canonical) =>
        _approvedIndications.TryGetValue(canonical, out var indications) ? indications : [];

    public IReadOnlyList<DrugMention> Find(string text) => Find(TokenizedText.Create(text));

    internal IReadOnlyList<DrugMention> Find(TokenizedText text)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0)
        {
            return [];
        }

        var keys = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            keys[i] = tokens[i].Norm;
        }

        var mentions = new List<DrugMention>();
        var index = 0;
        while (index < tokens.Length)
        {
            var length = _phrases.Match(keys, index, out var entry);
            if (length > 0)
            {
                mentions.Add(Mention(text, entry, tokens[index].Start, tokens[index + length - 1].End));
                index += length;
                continue;
            }

            var token = tokens[index];
            if (token.IsHashtag && TryHashtagPrefix(token.Norm, out var prefixEntry, out var prefixLength))
            {
                mentions.Add(Mention(text, prefixEntry, token.Start, token.Start + prefixLength));
            }
            else if (IsFuzzyCandidate(token.Norm) && _fuzzy.FindClosest(token.Norm) is { } closest
                && _singleWordNames.TryGetValue(closest, out var fuzzyEntry))
            {
                mentions.Add(Mention(text, fuzzyEntry, token.Start, token.End));
            }

            index++;
        }

        return mentions;
    }

    private static DrugMention Mention(TokenizedText text, DrugEntry entry, int start, int end) =>
        new(entry.Canonical, text.Text[start..end], start, end, entry.IsConfigured);

    private bool TryHashtagPrefix(string word, out DrugEntry entry, out int length)
    {
        for (length = word.Length - 1; length >= MinimumHashtagPrefix; length--)
        {
            if (_singleWordNames.TryGetValue(word.AsSpan(0, length), out entry!))
            {
                return true;
            }
        }

        entry = null!;
        return false;
    }

    private static bool IsFuzzyCandidate(string word)
    {
        if (word.Length < FuzzyNameIndex.MinimumQueryLength || CommonWords.Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Tokenize(string name) => [.. TokenizedText.Create(name).Tokens.Select(token => token.Norm)];

    private static List<DrugEntry> ReadDefaultEntries() =>
        [.. EmbeddedLexicon.ReadLines("drug-lexicon.tsv")
            .Select(EmbeddedLexicon.SplitEntry)
            .Select(entry => new DrugEntry(entry.Key, [entry.Key, .. entry.Values], false))];

    private sealed record DrugEntry(string Canonical, IReadOnlyList<string> Names, bool IsConfigured);
}
