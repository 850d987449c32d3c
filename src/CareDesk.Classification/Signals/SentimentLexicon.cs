using System.Globalization;
using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Signals;

/// <summary>
/// The sentiment word lists (embedded <c>Resources/sentiment-lexicon.tsv</c>, written for CareDesk: general English
/// plus health-forum slang). Valences are on a -3..3 scale; phrases are matched before single words and win over them.
/// </summary>
internal static class SentimentLexicon
{
    private static readonly ILookup<string, (string Term, double Value)> Sections = EmbeddedLexicon.ReadLines("sentiment-lexicon.tsv")
        .Select(line => line.Split('\t'))
        .ToLookup(parts => parts[0], parts => (parts[1], parts.Length > 2 ? double.Parse(parts[2], CultureInfo.InvariantCulture) : 0));

    public static readonly Dictionary<string, double> Words = Section("word");

    public static readonly Dictionary<string, double> Phrases = Section("phrase");

    public static readonly Dictionary<string, double> Intensifiers = Section("intensifier");

    public static readonly HashSet<string> Negators = new(Sections["negator"].Select(entry => entry.Term), StringComparer.Ordinal);

    public static readonly Dictionary<string, double> Emoji = Section("emoji");

    private static Dictionary<string, double> Section(string name) =>
        Sections[name].ToDictionary(entry => entry.Term, entry => entry.Value, StringComparer.Ordinal);
}
