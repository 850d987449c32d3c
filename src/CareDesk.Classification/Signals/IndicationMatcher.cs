using System.Text.RegularExpressions;

using CareDesk.Classification.Products;

namespace CareDesk.Classification.Signals;

/// <summary>
/// Loose comparison of an asked-about use with the approved indications: lower-case, a few synonym phrases folded
/// together ("lose weight" = "weight loss" = "obesity"), filler and severity words dropped, words cut to a six-letter
/// stem. The use is on-label when its stems are a subset of an indication's, or the other way round; numbers must agree
/// ("type 1 diabetes" is not "type 2 diabetes").
/// </summary>
internal static partial class IndicationMatcher
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "my", "his", "her", "their", "our", "your", "the", "a", "an", "of", "in", "on", "with", "and", "or", "to", "for", "from",
        "chronic", "acute", "mild", "moderate", "severe", "moderately", "severely", "active", "adult", "adults", "patient", "patients",
        "people", "treatment", "treating", "treat", "symptoms", "symptom", "bad", "really", "terrible", "also", "some", "this",
        "that", "me", "him", "them", "associated", "who", "are", "is", "have", "has", "management", "therapy", "relief", "help",
        "improve", "reduce", "reducing", "control", "controlling", "prevent", "preventing", "prevention", "mellitus", "just",
    };

    private static readonly (Regex Pattern, string Canonical)[] Synonyms =
    [
        (WeightSynonyms(), "weight"),
        (new Regex(@"\b(?:sleep(?:ing)?\s+(?:problems?|issues?)|can'?t\s+sleep|trouble\s+sleeping)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "insomnia"),
        (new Regex(@"\b(?:high\s+blood\s+pressure)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "hypertension"),
        (new Regex(@"\b(?:t2d|type\s*ii|type\s+two)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "type 2"),
        (new Regex(@"\b(?:t1d|type\s*i|type\s+one)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "type 1"),
        (new Regex(@"\b(?:anxious|anxiousness)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "anxiety"),
        (new Regex(@"\b(?:depressed)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "depression"),
        (new Regex(@"\b(?:pimples|spots|breakouts?)\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout), "acne"),
    ];

    public static bool IsApproved(string askedUse, ConfiguredProduct product)
    {
        var asked = Stems(askedUse);
        if (asked.Count == 0)
        {
            return true;
        }

        foreach (var indication in product.ApprovedIndications)
        {
            var approved = Stems(PopulationClause().Replace(indication, string.Empty));
            if (approved.Count > 0 && NumbersAgree(asked, approved) && (asked.IsSubsetOf(approved) || approved.IsSubsetOf(asked)))
            {
                return true;
            }
        }

        return false;
    }

    public static HashSet<string> Stems(string phrase)
    {
        var text = phrase.ToLowerInvariant().Replace('\u2019', '\'');
        foreach (var (pattern, canonical) in Synonyms)
        {
            text = pattern.Replace(text, canonical);
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Word().EnumerateMatches(text))
        {
            var token = text.Substring(word.Index, word.Length);
            if (!Filler.Contains(token))
            {
                stems.Add(Stem(token));
            }
        }

        return stems;
    }

    private static bool NumbersAgree(HashSet<string> asked, HashSet<string> approved)
    {
        var askedNumbers = asked.Where(stem => char.IsAsciiDigit(stem[0])).ToList();
        return askedNumbers.Count == 0 || askedNumbers.TrueForAll(approved.Contains);
    }

    private static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        foreach (var suffix in (string[])["ations", "ation", "ness", "ing", "ies", "es", "ed", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        return word.Length > 6 ? word[..6] : word;
    }

    [GeneratedRegex(@"\b(?:weight\s+(?:loss|management|control|reduction)|los(?:e|ing)\s+(?:some\s+)?weight|slimming|obes(?:e|ity)|overweight)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeightSynonyms();

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:in|for)\s+(?:adult\s+|paediatric\s+|pediatric\s+)?(?:patients|adults|children|adolescents|people)\b.*$|\baged\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PopulationClause();
}
