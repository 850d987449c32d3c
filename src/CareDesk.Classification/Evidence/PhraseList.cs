namespace CareDesk.Classification.Evidence;

/// <summary>A small list of cue phrases (already tokenised) checked against token positions.</summary>
internal sealed class PhraseList
{
    private readonly string[][] _phrases;

    public PhraseList(params string[] phrases) =>
        _phrases = [.. phrases.Select(phrase => TokenizedText.Create(phrase).Tokens.Select(token => token.Norm).ToArray())
            .OrderByDescending(tokens => tokens.Length)];

    /// <summary>Length of the longest phrase that ends at token <paramref name="last"/>; 0 when none.</summary>
    public int EndingAt(TokenizedText text, int last)
    {
        foreach (var phrase in _phrases)
        {
            if (text.Matches(last - phrase.Length + 1, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Length of the longest phrase that starts at token <paramref name="first"/>; 0 when none.</summary>
    public int StartingAt(TokenizedText text, int first)
    {
        foreach (var phrase in _phrases)
        {
            if (text.Matches(first, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
