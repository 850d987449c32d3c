using System.Text.RegularExpressions;

namespace CareDesk.Domain.Promotion;

/// <summary>Text comparisons for the promotional checks: runs of whitespace count as one space; names ignore case, approved wording does not.</summary>
public static partial class PromotionalText
{
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    public static bool ContainsVerbatim(string text, string block) => Normalize(text).Contains(Normalize(block), StringComparison.Ordinal);

    public static bool ContainsName(string text, string name) => Normalize(text).Contains(Normalize(name), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
