using System.Text.RegularExpressions;

using CareDesk.Classification.Products;

namespace CareDesk.Classification.Signals;

/// <summary>Finds configured product names and aliases, case-insensitive, as whole words.</summary>
internal sealed class ProductMentionMatcher
{
    private readonly Dictionary<string, ConfiguredProduct> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex? _regex;

    public ProductMentionMatcher(IEnumerable<ConfiguredProduct> products)
    {
        foreach (var product in products)
        {
            foreach (var name in product.Aliases.Prepend(product.Name).Where(name => !string.IsNullOrWhiteSpace(name)))
            {
                _byName.TryAdd(Normalize(name), product);
            }
        }

        if (_byName.Count > 0)
        {
            var alternatives = _byName.Keys.OrderByDescending(name => name.Length)
                .Select(name => Regex.Escape(name).Replace("\\ ", "\\s+", StringComparison.Ordinal));
            // An alternation of escaped literals runs in linear time; a wall-clock timeout would only fail screening on a
            // busy machine (a starved thread), never protect against backtracking.
            _regex = new Regex($"(?<![\\p{{L}}\\p{{N}}])(?:{string.Join('|', alternatives)})(?![\\p{{L}}\\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
        }
    }

    /// <summary>The source text of the alternation, for embedding in larger patterns; never matches when no product is configured.</summary>
    public string Pattern => _regex is null ? "(?!)" : _regex.ToString();

    public IEnumerable<(ConfiguredProduct Product, int Start, int End)> Find(string text)
    {
        if (_regex is null)
        {
            yield break;
        }

        foreach (Match match in _regex.Matches(text))
        {
            yield return (Resolve(match.Value), match.Index, match.Index + match.Length);
        }
    }

    public ConfiguredProduct Resolve(string mention) => _byName[Normalize(mention)];

    private static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
