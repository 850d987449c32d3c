using System.Globalization;
using System.Text.RegularExpressions;

using CareDesk.Classification.Products;

namespace CareDesk.Classification.Signals;

/// <summary>
/// Ages in a question ("my 5 year old", "my toddler", "for kids") and the youngest approved age in a product's labelling
/// ("aged 6 years and older", "adolescents", "children"); labels that name no age count as adults only.
/// </summary>
internal static partial class PaediatricPopulation
{
    public const int AdultAge = 18;

    /// <summary>The age asked about when it is a child's, with the words that say so; null when no child is meant.</summary>
    public static (int Age, string Text, int Start)? FindChild(string sentence)
    {
        var match = ChildCue().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        var age = match.Groups["years"].Success ? int.Parse(match.Groups["years"].Value, CultureInfo.InvariantCulture)
            : match.Groups["months"].Success ? 0
            : match.Groups["teen"].Success ? 13
            : match.Groups["baby"].Success ? 1
            : 8;
        return age < AdultAge ? (age, match.Value, match.Index) : null;
    }

    public static int YoungestApprovedAge(ConfiguredProduct product)
    {
        var youngest = AdultAge;
        foreach (var indication in product.ApprovedIndications)
        {
            var match = ApprovedAge().Match(indication);
            if (match.Success)
            {
                var age = match.Groups["age"].Success ? int.Parse(match.Groups["age"].Value, CultureInfo.InvariantCulture)
                    : match.Groups["adolescent"].Success ? 12
                    : 2;
                youngest = Math.Min(youngest, age);
            }
        }

        return youngest;
    }

    [GeneratedRegex(
        @"\b(?:(?<years>\d{1,2})[- ]?(?:years?|yrs?)[- ]?old|(?<years>\d{1,2})[- ]?yo|(?<months>\d{1,2})[- ]?months?[- ]?old|(?<teen>teens?|teenagers?|adolescents?)|"
        + @"(?<baby>bab(?:y|ies)|infants?|newborns?|toddlers?)|kids?|child|children|paediatric|pediatric|minors?|little\s+(?:one|boy|girl)s?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChildCue();

    [GeneratedRegex(
        @"\b(?:aged\s+(?<age>\d{1,2})\b|(?<age>\d{1,2})\s*(?:years?|yrs?)(?:\s+of\s+age)?\s+(?:and|or)\s+(?:older|over|above)\b|(?<age>\d{1,2})\s*\+"
        + @"|(?<adolescent>adolescents?)\b|(?:children|paediatric|pediatric)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovedAge();
}
