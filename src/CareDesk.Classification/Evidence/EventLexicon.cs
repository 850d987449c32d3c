namespace CareDesk.Classification.Evidence;

/// <summary>
/// Finds adverse-event expressions (consumer and clinical wording) as whole-word, case-insensitive phrases.
/// A trailing plural is ignored on both sides ("headaches" finds "headache"); the longest phrase wins.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Default = new(() => new EventLexicon(
        EmbeddedLexicon.ReadLines("event-lexicon.tsv").Select(EmbeddedLexicon.SplitEntry)
            .Select(entry => (entry.Key, entry.Values.Length > 0 ? entry.Values[0] : entry.Key))));

    private readonly PhraseIndex<string> _phrases;

    /// <summary>Builds a lexicon from (expression, concept) pairs.</summary>
    public EventLexicon(IEnumerable<(string Expression, string Concept)> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        _phrases = PhraseIndex<string>.Build(expressions.Select(expression =>
            (Keys: TokenizedText.Create(expression.Expression).Tokens.Select(token => Stem(token.Norm)).ToArray(), Value: expression.Concept)));
    }

    /// <summary>The lexicon shipped with the product (Resources/event-lexicon.tsv).</summary>
    public static EventLexicon LoadDefault() => Default.Value;

    public IReadOnlyList<EventLexiconMatch> Find(string text) => Find(TokenizedText.Create(text));

    internal IReadOnlyList<EventLexiconMatch> Find(TokenizedText text)
    {
        var tokens = text.Tokens;
        var keys = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            keys[i] = Stem(tokens[i].Norm);
        }

        var matches = new List<EventLexiconMatch>();
        var index = 0;
        while (index < tokens.Length)
        {
            var length = _phrases.Match(keys, index, out var concept);
            if (length == 0)
            {
                index++;
                continue;
            }

            var start = tokens[index].Start;
            var end = tokens[index + length - 1].End;
            matches.Add(new EventLexiconMatch(text.Text[start..end], concept, start, end));
            index += length;
        }

        return matches;
    }

    /// <summary>Light plural folding: "headaches" → "headache", "dizzies" → "dizzy"; "ss" endings are kept.</summary>
    internal static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }
}
