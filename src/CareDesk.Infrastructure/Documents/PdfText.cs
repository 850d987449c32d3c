using System.Text;
using System.Text.RegularExpressions;

namespace CareDesk.Infrastructure.Documents;

/// <summary>
/// Reads back the text lines of a PDF written by <see cref="TextPdfWriter"/> (one shown string per line), so tests and
/// an inspector's script can check what a copy says without a PDF viewer. Not a general PDF parser.
/// </summary>
public static partial class PdfText
{
    public static IReadOnlyList<string> Lines(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        return ShownString().Matches(raw).Select(match => Unescape(match.Groups["text"].Value)).ToList();
    }

    public static string Extract(byte[] pdf) => string.Join('\n', Lines(pdf));

    private static string Unescape(string literal)
    {
        var text = new StringBuilder();
        for (var index = 0; index < literal.Length; index++)
        {
            var character = literal[index];
            if (character != '\\')
            {
                text.Append(WinAnsi.Decode((byte)character));
                continue;
            }

            var next = literal[++index];
            if (char.IsAsciiDigit(next))
            {
                text.Append(WinAnsi.Decode(Convert.ToByte(literal.Substring(index, 3), 8)));
                index += 2;
            }
            else
            {
                text.Append(next);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\((?<text>(?:\\.|[^\\)])*)\) Tj")]
    private static partial Regex ShownString();
}
