namespace CareDesk.Classification.Signals;

/// <summary>
/// Lexicon sentiment in the style of VADER, with CareDesk's own word list: phrases before words, negation within three
/// words flips and damps ("not good"), fixed phrases keep their meaning ("never felt better"), intensifiers and ALL CAPS
/// strengthen, the clause after "but" weighs more, emoji and emoticons count, exclamation marks amplify.
/// </summary>
public static class SentimentAnalyzer
{
    public const double NeutralBand = 0.05;
    private const double NegationFactor = -0.75;
    private const double CapsFactor = 1.3;
    private const double Normalisation = 15;
    private const int NegationWindow = 3;
    private const int LongestPhrase = 4;

    public static Sentiment Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SignalTokenizer.Words(text);
        var sum = ScoreWords(tokens, text) + ScoreEmoji(text);
        if (sum == 0)
        {
            return Sentiment.Neutral;
        }

        var exclamations = Math.Min(4, text.Count(c => c == '!'));
        sum += Math.Sign(sum) * 0.3 * exclamations;
        var score = Math.Round(sum / Math.Sqrt((sum * sum) + Normalisation), 4);
        var polarity = score >= NeutralBand ? SentimentPolarity.Positive
            : score <= -NeutralBand ? SentimentPolarity.Negative
            : SentimentPolarity.Neutral;
        return new Sentiment(polarity, score);
    }

    private static double ScoreWords(List<SignalToken> tokens, string text)
    {
        var butIndex = tokens.FindIndex(token => token.Lower is "but" or "however" or "although" or "though");
        var shouting = tokens.Count > 0 && tokens.TrueForAll(token => token.IsAllCaps || token.End - token.Start == 1);
        var sum = 0.0;
        var i = 0;
        while (i < tokens.Count)
        {
            var (valence, length) = Lookup(tokens, i);
            if (valence == 0)
            {
                i++;
                continue;
            }

            valence *= Modifier(tokens, i);
            if (!shouting && tokens[i].IsAllCaps)
            {
                valence *= CapsFactor;
            }

            if (length == 1 || !SentimentLexicon.Negators.Contains(tokens[i].Lower))
            {
                valence *= IsNegated(tokens, i, text) ? NegationFactor : 1;
            }

            if (butIndex >= 0)
            {
                valence *= i < butIndex ? 0.5 : i > butIndex ? 1.5 : 1;
            }

            sum += valence;
            i += length;
        }

        return sum;
    }

    private static (double Valence, int Length) Lookup(List<SignalToken> tokens, int start)
    {
        var maxLength = PhraseStarts.Contains(tokens[start].Lower) ? Math.Min(LongestPhrase, tokens.Count - start) : 1;
        for (var length = maxLength; length >= 2; length--)
        {
            var phrase = string.Join(' ', tokens.Skip(start).Take(length).Select(token => token.Lower));
            if (SentimentLexicon.Phrases.TryGetValue(phrase, out var phraseValence))
            {
                return (phraseValence, length);
            }
        }

        return SentimentLexicon.Words.TryGetValue(tokens[start].Lower, out var valence) ? (valence, 1) : (0, 1);
    }

    private static double Modifier(List<SignalToken> tokens, int index)
    {
        var factor = 1.0;
        for (var j = index - 1; j >= Math.Max(0, index - 2); j--)
        {
            if (SentimentLexicon.Intensifiers.TryGetValue(tokens[j].Lower, out var boost))
            {
                factor *= boost;
            }
            else
            {
                break;
            }
        }

        return factor;
    }

    /// <summary>A negator up to three words back, in the same clause: punctuation ends a negation's reach.</summary>
    private static bool IsNegated(List<SignalToken> tokens, int index, string text)
    {
        for (var j = index - 1; j >= Math.Max(0, index - NegationWindow); j--)
        {
            var word = tokens[j].Lower;
            if (word is "but" or "however" || text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).IndexOfAny(ClauseBreaks) >= 0)
            {
                return false;
            }

            if (SentimentLexicon.Negators.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static double ScoreEmoji(string text)
    {
        var sum = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value > 0x2000 && SentimentLexicon.Emoji.TryGetValue(rune.ToString(), out var valence))
            {
                sum += valence;
            }
        }

        foreach (var emoticon in Emoticons)
        {
            for (var at = text.IndexOf(emoticon, StringComparison.Ordinal); at >= 0; at = text.IndexOf(emoticon, at + emoticon.Length, StringComparison.Ordinal))
            {
                sum += SentimentLexicon.Emoji[emoticon];
            }
        }

        return sum;
    }

    private static readonly char[] ClauseBreaks = ['.', '!', '?', ',', ';', ':'];

    private static readonly HashSet<string> PhraseStarts =
        new(SentimentLexicon.Phrases.Keys.Select(phrase => phrase[..phrase.IndexOf(' ', StringComparison.Ordinal)]), StringComparer.Ordinal);

    private static readonly string[] Emoticons = [.. SentimentLexicon.Emoji.Keys.Where(key => key.All(char.IsAscii))];
}
