using System.Text.RegularExpressions;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>The floor of any classifier, written the plain way: split each post into words and look each up in a lexicon.</summary>
public static partial class TokenizerBaseline
{
    private static readonly HashSet<string> Lexicon = new(["headache", "nausea", "rash", "dizzy", "cymbalta", "lipitor", "advil", "pain", "sleep", "tired"], StringComparer.Ordinal);

    public static int Run(IReadOnlyList<string> texts)
    {
        var hits = 0;
        foreach (var text in texts)
        {
            foreach (var token in WordPattern().Split(text.ToLowerInvariant()))
            {
                hits += Lexicon.Contains(token) ? 1 : 0;
            }
        }

        return hits;
    }

    [GeneratedRegex(@"\W+")]
    private static partial Regex WordPattern();
}
