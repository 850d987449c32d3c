namespace CareDesk.Classification.Evidence;

/// <summary>Splits text into word tokens (letters and digits, inner apostrophes kept) with sentence numbers.</summary>
internal sealed class TokenizedText
{
    private TokenizedText(string text, TextToken[] tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public TextToken[] Tokens { get; }

    public int Count => Tokens.Length;

    public static TokenizedText Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>(text.Length / 5 + 1);
        var sentence = 0;
        var index = 0;
        Span<char> buffer = stackalloc char[64];
        while (index < text.Length)
        {
            var c = text[index];
            if (!char.IsLetterOrDigit(c))
            {
                if (IsSentenceBreak(c) && tokens.Count > 0 && tokens[^1].Sentence == sentence && !IsDecimalPoint(text, index))
                {
                    sentence++;
                }

                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && (char.IsLetterOrDigit(text[index]) || IsInnerApostrophe(text, index)))
            {
                index++;
            }

            var isHashtag = start > 0 && text[start - 1] == '#';
            tokens.Add(new TextToken(start, index, Normalize(text.AsSpan(start, index - start), buffer), isHashtag, sentence));
        }

        return new TokenizedText(text, [.. tokens]);
    }

    /// <summary>Lower-cases and maps the typographic apostrophe to ASCII.</summary>
    public static string Normalize(ReadOnlySpan<char> word) => Normalize(word, stackalloc char[64]);

    /// <summary>Index of the first token that ends after <paramref name="start"/>; Count when none.</summary>
    public int FirstTokenAtOrAfter(int start)
    {
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (Tokens[i].End > start)
            {
                return i;
            }
        }

        return Tokens.Length;
    }

    /// <summary>Index of the last token that starts before <paramref name="end"/>; -1 when none.</summary>
    public int LastTokenBefore(int end)
    {
        for (var i = Tokens.Length - 1; i >= 0; i--)
        {
            if (Tokens[i].Start < end)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when tokens from <paramref name="index"/> on spell <paramref name="phrase"/>.</summary>
    public bool Matches(int index, string[] phrase)
    {
        if (index < 0 || index + phrase.Length > Tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(Tokens[index + k].Norm, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            buffer = new char[word.Length];
        }

        var target = buffer[..word.Length];
        word.ToLowerInvariant(target);
        target.Replace('\u2019', '\'');
        return new string(target);
    }

    private static bool IsSentenceBreak(char c) => c is '.' or '!' or '?' or ';' or '\n' or '\r';

    private static bool IsDecimalPoint(string text, int index) =>
        text[index] == '.' && index > 0 && index + 1 < text.Length && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]);

    private static bool IsInnerApostrophe(string text, int index) =>
        text[index] is '\'' or '\u2019'
        && index > 0 && char.IsLetter(text[index - 1])
        && index + 1 < text.Length && char.IsLetter(text[index + 1]);
}
