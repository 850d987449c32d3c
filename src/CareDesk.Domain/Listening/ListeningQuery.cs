using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Rules;

namespace CareDesk.Domain.Listening;

/// <summary>
/// A saved listening query of a brand: the boolean expression that picks posts, the brand's own terms and its
/// competitors' terms (for share of voice). Every change of the expression or term sets gets a new version.
/// </summary>
public sealed class ListeningQuery
{
    public const int MaxNameLength = 100;
    public const int MaxExpressionLength = 1000;
    public const int MaxTerms = 20;

    private ListeningQuery()
    {
        Name = string.Empty;
        Expression = string.Empty;
        BrandTerms = [];
        CompetitorTerms = [];
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public string Name { get; private set; }

    public string Expression { get; private set; }

    /// <summary>Words or phrases naming the brand (e.g. "cardiozen", "#cardiozen").</summary>
    public List<string> BrandTerms { get; private set; }

    /// <summary>One entry per competitor brand, e.g. "hartwell", "vasotril"; each is counted separately in share of voice.</summary>
    public List<string> CompetitorTerms { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public QueryNode Parsed() => BooleanQuery.Parse(Expression);

    public static ListeningQuery Create(Guid brandId, string name, string expression, IEnumerable<string> brandTerms, IEnumerable<string> competitorTerms, DateTimeOffset at)
    {
        var query = new ListeningQuery { Id = Guid.NewGuid(), BrandId = brandId };
        query.Change(name, expression, brandTerms, competitorTerms, at);
        return query;
    }

    /// <summary>Applies new settings; returns whether anything changed (and so the version went up).</summary>
    public bool Change(string name, string expression, IEnumerable<string> brandTerms, IEnumerable<string> competitorTerms, DateTimeOffset at)
    {
        var brand = Clean(brandTerms);
        var competitors = Clean(competitorTerms);
        BusinessRules.Check(new ListeningQueryMustParseRule(expression));
        BusinessRules.Check(new ListeningTermsMustBeUsableRule("brandTerms", brand));
        BusinessRules.Check(new ListeningTermsMustBeUsableRule("competitorTerms", competitors, required: false));
        var changed = Version == 0 || Name != name.Trim() || Expression != expression.Trim()
            || !BrandTerms.SequenceEqual(brand) || !CompetitorTerms.SequenceEqual(competitors);
        if (changed)
        {
            Name = name.Trim();
            Expression = expression.Trim();
            BrandTerms = brand;
            CompetitorTerms = competitors;
            Version++;
            UpdatedAt = at;
        }

        return changed;
    }

    private static List<string> Clean(IEnumerable<string> terms) =>
        [.. terms.Select(term => term.Trim().ToLowerInvariant()).Where(term => term.Length > 0).Distinct(StringComparer.Ordinal)];
}
