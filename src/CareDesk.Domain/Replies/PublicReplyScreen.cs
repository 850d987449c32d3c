using System.Text.RegularExpressions;

namespace CareDesk.Domain.Replies;

/// <summary>
/// The pre-send check of a public reply (R43c): finds health terms, names, phone numbers, e-mail addresses and street
/// addresses in the text that the approved template text does not contain, so an agent's edit cannot echo the
/// user's health details or identity in public. Deliberately simple and transparent: a list and four patterns.
/// </summary>
public static partial class PublicReplyScreen
{
    private static readonly string[] HealthTerms =
    [
        "seizure", "seizures", "epilepsy", "rash", "nausea", "vomiting", "headache", "migraine", "pain", "cancer", "tumour", "tumor",
        "diabetes", "depression", "anxiety", "pregnant", "pregnancy", "palpitations", "asthma", "hiv", "hepatitis", "stroke", "bleeding",
        "overdose", "side effect", "side effects", "diagnosis", "diagnosed", "dizziness", "insomnia", "heart attack", "allergy", "allergic",
    ];

    /// <summary>The findings, each as "kind: value"; empty when the text only repeats what the template says.</summary>
    public static IReadOnlyList<string> FindNotInTemplate(string text, string templateText)
    {
        var allowed = Words(templateText).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var findings = new List<string>();
        var lower = text.ToLowerInvariant();
        var templateLower = templateText.ToLowerInvariant();
        findings.AddRange(HealthTerms.Where(term => WholeWord(lower, term) && !WholeWord(templateLower, term)).Select(term => "health term: " + term));
        findings.AddRange(Email().Matches(text).Select(match => match.Value).Where(value => !templateText.Contains(value, StringComparison.OrdinalIgnoreCase))
            .Select(value => "e-mail: " + value));
        findings.AddRange(Phone().Matches(text).Select(match => match.Value.Trim()).Where(value => !templateText.Contains(value, StringComparison.Ordinal))
            .Select(value => "phone number: " + value));
        findings.AddRange(StreetAddress().Matches(text).Select(match => match.Value).Where(value => !templateText.Contains(value, StringComparison.OrdinalIgnoreCase))
            .Select(value => "address: " + value));
        findings.AddRange(Names(text).Where(name => !allowed.Contains(name)).Select(name => "name: " + name));
        return [.. findings.Distinct()];
    }

    /// <summary>A capitalised word that does not start a sentence is taken for a name (or another proper noun).</summary>
    private static IEnumerable<string> Names(string text) =>
        MidSentenceCapitalised().Matches(text).Select(match => match.Groups["name"].Value).Where(name => name != "I");

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(match => match.Value);

    private static bool WholeWord(string text, string term) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(term)}(?![\p{{L}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[^\s.!?]\s+)(?<name>\p{Lu}\p{Ll}+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MidSentenceCapitalised();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?\d[\d\s().-]{7,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{1,5}\s+(?:\p{L}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Way)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StreetAddress();
}
