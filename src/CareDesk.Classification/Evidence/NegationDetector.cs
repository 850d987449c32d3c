namespace CareDesk.Classification.Evidence;

/// <summary>
/// NegEx-style negation: a trigger up to five words before a mention ("no", "never", "didn't have", "free of"),
/// or up to four words after it ("gone", "went away", "resolved"), negates it unless a clause break
/// ("but", "however", sentence end) comes between. Pseudo-triggers ("no idea", "not only") are ignored.
/// </summary>
public sealed class NegationDetector
{
    private const int PreWindow = 5;
    private const int PostWindow = 4;

    private static readonly PhraseList PreTriggers = new(
        "no", "not", "never", "without", "denies", "denied", "deny", "nor", "neither", "none", "zero",
        "free of", "absence of", "no more", "no longer", "not any", "rid of", "ruled out", "instead of",
        "don't", "dont", "didn't", "didnt", "doesn't", "doesnt", "haven't", "havent", "hasn't", "hasnt",
        "hadn't", "hadnt", "wasn't", "wasnt", "weren't", "isn't", "isnt", "aren't", "won't", "wont", "never had",
        "did not", "do not", "does not", "have not", "has not", "had not");

    private static readonly PhraseList PseudoTriggers = new(
        "no idea", "no doubt", "no wonder", "no matter", "no joke", "no lie", "no clue", "not only", "not just",
        "not sure", "not even sure", "never mind", "not to mention", "no reason", "not that", "no way",
        "don't know", "dont know", "didn't know", "didnt know", "not until", "never knew", "without any warning");

    private static readonly PhraseList PostTriggers = new(
        "gone", "went away", "go away", "goes away", "going away", "resolved", "disappeared", "subsided", "cleared up",
        "vanished", "stopped", "is over", "are over", "no longer", "never came back", "faded");

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "yet", "except", "apart", "aside", "still", "whereas", "which", "until",
    };

    /// <summary>True when the mention at [start, end) is negated.</summary>
    public bool IsNegated(string text, int start, int end) => IsNegated(TokenizedText.Create(text), start, end);

    internal bool IsNegated(TokenizedText text, int start, int end)
    {
        var first = text.FirstTokenAtOrAfter(start);
        var last = text.LastTokenBefore(end);
        if (first >= text.Count || last < first)
        {
            return false;
        }

        return HasPreTrigger(text, first) || HasPostTrigger(text, last);
    }

    private static bool HasPreTrigger(TokenizedText text, int first)
    {
        var sentence = text.Tokens[first].Sentence;
        for (var k = first - 1; k >= Math.Max(0, first - PreWindow); k--)
        {
            if (text.Tokens[k].Sentence != sentence || ClauseBreaks.Contains(text.Tokens[k].Norm))
            {
                return false;
            }

            var length = PreTriggers.EndingAt(text, k);
            if (length > 0)
            {
                var triggerStart = k - length + 1;
                if (PseudoTriggers.StartingAt(text, triggerStart) == 0 && PseudoTriggers.StartingAt(text, k) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasPostTrigger(TokenizedText text, int last)
    {
        var sentence = text.Tokens[last].Sentence;
        for (var k = last + 1; k < Math.Min(text.Count, last + 1 + PostWindow); k++)
        {
            if (text.Tokens[k].Sentence != sentence || ClauseBreaks.Contains(text.Tokens[k].Norm))
            {
                return false;
            }

            if (PostTriggers.StartingAt(text, k) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
