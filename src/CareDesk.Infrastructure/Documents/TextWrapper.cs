namespace CareDesk.Infrastructure.Documents;

/// <summary>
/// Breaks a line into pieces that fit a width in points, at spaces where possible. Widths are Helvetica's
/// (AFM, per 1000 em) for the common classes of glyphs, rounded up, so a wrapped line never runs off the page.
/// </summary>
internal static class TextWrapper
{
    public static IEnumerable<string> Wrap(string text, double width, double size, bool bold)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var line in lines)
        {
            var current = "";
            foreach (var word in line.Split(' '))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Measure(candidate, size, bold) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    yield return current;
                }

                current = word;
                while (Measure(current, size, bold) > width)
                {
                    var fit = FittingLength(current, width, size, bold);
                    yield return current[..fit];
                    current = current[fit..];
                }
            }

            yield return current;
        }
    }

    public static double Measure(string text, double size, bool bold) => text.Sum(character => Em(character, bold)) * size / 1000;

    private static int FittingLength(string text, double width, double size, bool bold)
    {
        var length = 1;
        while (length < text.Length && Measure(text[..(length + 1)], size, bold) <= width)
        {
            length++;
        }

        return length;
    }

    private static int Em(char character, bool bold) => character switch
    {
        'i' or 'j' or 'l' or '\'' or '|' or '.' or ',' or ':' or ';' or '!' => bold ? 333 : 278,
        ' ' or 'f' or 't' or 'I' or '(' or ')' or '[' or ']' or '/' or '-' => bold ? 333 : 333,
        'm' or 'M' or 'W' or '@' or '%' => bold ? 1000 : 944,
        'w' or 'A' or 'B' or 'C' or 'D' or 'G' or 'H' or 'K' or 'N' or 'O' or 'Q' or 'R' or 'U' or 'V' or 'X' or 'Y' => bold ? 778 : 778,
        >= 'a' and <= 'z' => bold ? 611 : 556,
        _ => bold ? 722 : 667,
    };
}
