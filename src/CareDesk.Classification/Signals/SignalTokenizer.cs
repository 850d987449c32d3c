namespace CareDesk.Classification.Signals;

/// <summary>
/// Splits a post into letter words, skipping @handles, #hashtags, URLs and e-mail addresses. Apostrophes inside a word
/// (straight or curly) are kept as a straight apostrophe, so "don’t" and "don't" are the same token.
/// </summary>
internal static class SignalTokenizer
{
    public static List<SignalToken> Words(string text)
    {
        var tokens = new List<SignalToken>(32);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSkippedEntityStart(text, i))
            {
                i = SkipToWhitespace(text, i);
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            var upper = 0;
            var letters = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetter(ch))
                {
                    letters++;
                    if (char.IsUpper(ch))
                    {
                        upper++;
                    }

                    i++;
                }
                else if ((ch == '\'' || ch == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (i < text.Length && text[i] == '@')
            {
                // The local part of an e-mail address: skip the whole address.
                i = SkipToWhitespace(text, i);
                continue;
            }

            var lower = text[start..i].Replace('\u2019', '\'').ToLowerInvariant();
            tokens.Add(new SignalToken(start, i, lower, letters > 1 && upper == letters));
        }

        return tokens;
    }

    private static bool IsSkippedEntityStart(string text, int i)
    {
        var c = text[i];
        if ((c == '@' || c == '#') && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
        {
            return i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        }

        return (c == 'h' || c == 'H' || c == 'w' || c == 'W')
            && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            && (StartsWith(text, i, "http://") || StartsWith(text, i, "https://") || StartsWith(text, i, "www."));
    }

    private static bool StartsWith(string text, int i, string prefix) =>
        string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int SkipToWhitespace(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
