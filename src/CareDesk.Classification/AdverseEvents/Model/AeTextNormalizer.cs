using System.Text;
using System.Text.RegularExpressions;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Lower-cases and de-noises consumer text the same way at training and scoring time.</summary>
internal static partial class AeTextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace('\u2019', '\'')
            .ToLowerInvariant();
        s = UrlPattern().Replace(s, " httpurl ");
        s = MentionPattern().Replace(s, " @user ");
        s = HashtagPattern().Replace(s, " $1 ");
        s = RepeatPattern().Replace(s, "$1$1");
        s = PunctuationPattern().Replace(s, " $1 ");
        return CollapseSpaces(s);
    }

    private static string CollapseSpaces(string s)
    {
        var builder = new StringBuilder(s.Length);
        var space = true;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
            }
            else
            {
                builder.Append(c);
                space = false;
            }
        }

        return builder.ToString().TrimEnd();
    }

    [GeneratedRegex(@"https?://\S+|www\.\S+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"#(\w+)")]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex RepeatPattern();

    [GeneratedRegex(@"([!?.,;:()""])")]
    private static partial Regex PunctuationPattern();
}
