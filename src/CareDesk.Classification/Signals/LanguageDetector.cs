namespace CareDesk.Classification.Signals;

/// <summary>
/// Guesses the language of a post (R17: the verbatim keeps its language code) among en, es, fr, de, it, pt and nl. Each
/// word votes: a function word fully for the languages that share it, any other word half a vote split by how distinctive
/// its character trigrams are; letters such as ñ, ß or ã add a vote. Handles, hashtags, URLs and emoji are ignored. Very
/// short or evenly mixed text is "und".
/// </summary>
public static class LanguageDetector
{
    public const int MinimumWords = 3;
    private const double TrigramVote = 0.5;
    private const double MixedRatio = 0.7;
    private const double MinimumShare = 0.4;
    private const double MixedOwnWordsRatio = 0.35;

    private static readonly string[] Languages = [.. LanguageProfiles.StopWords.Keys];
    private static readonly Dictionary<string, double[]> StopWordVotes = BuildStopWordVotes();
    private static readonly Dictionary<string, double[]> TrigramVotes = BuildTrigramVotes();

    public static IReadOnlyList<string> SupportedLanguages => Languages;

    public static LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SignalTokenizer.Words(text);
        if (tokens.Count < MinimumWords)
        {
            return LanguageGuess.Unknown;
        }

        var scores = new double[Languages.Length];
        var ownWords = new int[Languages.Length];
        foreach (var token in tokens)
        {
            Vote(token.Lower, scores, ownWords);
        }

        AddCharacterCues(text, scores);
        return IsMixed(ownWords) ? new LanguageGuess(LanguageGuess.Undetermined, 0) : Decide(scores, tokens.Count);
    }

    /// <summary>Two languages each with function words of their own, the second at least a third as many as the first: mixed text.</summary>
    private static bool IsMixed(int[] ownWords)
    {
        var ordered = ownWords.OrderDescending().ToArray();
        return ordered[1] >= 1 && ordered[1] >= MixedOwnWordsRatio * ordered[0];
    }

    private static void Vote(string word, double[] scores, int[] ownWords)
    {
        if (StopWordVotes.TryGetValue(word, out var votes))
        {
            Add(scores, votes, 1);
            var owner = Array.IndexOf(votes, 1.0);
            if (owner >= 0)
            {
                ownWords[owner]++;
            }

            return;
        }

        var padded = string.Concat(" ", word, " ");
        var trigrams = padded.Length - 2;
        for (var i = 0; i < trigrams; i++)
        {
            if (TrigramVotes.TryGetValue(padded.Substring(i, 3), out var trigramVotes))
            {
                Add(scores, trigramVotes, TrigramVote / trigrams);
            }
        }
    }

    private static void AddCharacterCues(string text, double[] scores)
    {
        foreach (var c in text)
        {
            var language = c switch
            {
                'ñ' or '¿' or '¡' => "es",
                'ß' or 'ä' or 'ö' => "de",
                'ã' or 'õ' => "pt",
                'œ' or 'û' or 'î' => "fr",
                _ => null,
            };
            if (language is not null)
            {
                scores[Array.IndexOf(Languages, language)] += 1;
            }
        }
    }

    private static LanguageGuess Decide(double[] scores, int wordCount)
    {
        var total = scores.Sum();
        if (total < 1)
        {
            return LanguageGuess.Unknown;
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        var second = scores.Where((_, i) => i != best).Max();
        var share = scores[best] / total;
        if (second >= MixedRatio * scores[best] || share < MinimumShare)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, Math.Round(1 - share, 3));
        }

        var lengthFactor = Math.Min(1, 0.6 + (0.05 * wordCount));
        return new LanguageGuess(Languages[best], Math.Round(share * lengthFactor, 3));
    }

    private static void Add(double[] scores, double[] votes, double weight)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] += votes[i] * weight;
        }
    }

    private static Dictionary<string, double[]> BuildStopWordVotes()
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Languages.Length; i++)
        {
            foreach (var word in LanguageProfiles.StopWords[Languages[i]].Distinct(StringComparer.Ordinal))
            {
                (owners.TryGetValue(word, out var list) ? list : owners[word] = []).Add(i);
            }
        }

        return owners.ToDictionary(pair => pair.Key, pair => Spread(pair.Value), StringComparer.Ordinal);
    }

    private static Dictionary<string, double[]> BuildTrigramVotes()
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Languages.Length; i++)
        {
            var trigrams = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in SignalTokenizer.Words(LanguageProfiles.Samples[Languages[i]]))
            {
                var padded = string.Concat(" ", token.Lower, " ");
                for (var j = 0; j + 3 <= padded.Length; j++)
                {
                    trigrams.Add(padded.Substring(j, 3));
                }
            }

            foreach (var trigram in trigrams)
            {
                (owners.TryGetValue(trigram, out var list) ? list : owners[trigram] = []).Add(i);
            }
        }

        return owners.ToDictionary(pair => pair.Key, pair => Spread(pair.Value), StringComparer.Ordinal);
    }

    private static double[] Spread(List<int> languageIndexes)
    {
        var votes = new double[Languages.Length];
        foreach (var index in languageIndexes)
        {
            votes[index] = 1.0 / languageIndexes.Count;
        }

        return votes;
    }
}
