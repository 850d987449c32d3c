using System.Text.RegularExpressions;

namespace CareDesk.Domain.Triage;

/// <summary>Turns rule terms into regular expressions; a timeout keeps a bad pattern from stalling intake.</summary>
public static class TermMatcher
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static Regex Compile(string term, TriageMatchKind kind) => kind == TriageMatchKind.Regex
        ? new Regex(term, Options, MatchTimeout)
        : new Regex(WholeWordPattern(term), Options, MatchTimeout);

    private static string WholeWordPattern(string term)
    {
        var trimmed = term.Trim();
        var wildcard = trimmed.EndsWith('*');
        var core = Regex.Escape(wildcard ? trimmed.TrimEnd('*') : trimmed).Replace("\\ ", "\\s+", StringComparison.Ordinal);
        var tail = wildcard ? "[\\p{L}\\p{N}]*" : string.Empty;
        return $"(?<![\\p{{L}}\\p{{N}}]){core}{tail}(?![\\p{{L}}\\p{{N}}])";
    }
}
