using System.Text;

namespace CareDesk.Domain.Listening;

/// <summary>Splits a listening expression into terms, "phrases", operators and parentheses.</summary>
internal static class QueryTokenizer
{
    public static List<string> Tokenize(string expression)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var index = 0; index < expression.Length; index++)
        {
            var character = expression[index];
            if (character == '"')
            {
                Flush(tokens, current);
                var end = expression.IndexOf('"', index + 1);
                if (end < 0)
                {
                    throw new FormatException("A quoted phrase is never closed.");
                }

                tokens.Add("\"" + expression[(index + 1)..end] + "\"");
                index = end;
            }
            else if (character is '(' or ')')
            {
                Flush(tokens, current);
                tokens.Add(character.ToString());
            }
            else if (character == '-' && current.Length == 0)
            {
                tokens.Add("-");
            }
            else if (char.IsWhiteSpace(character))
            {
                Flush(tokens, current);
            }
            else
            {
                current.Append(character);
            }
        }

        Flush(tokens, current);
        return tokens;
    }

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
