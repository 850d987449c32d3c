using System.Text.RegularExpressions;

namespace CareDesk.Domain.Templates;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One run of words that two versions share, or that only the older (Removed) or newer (Added) one has.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// Word-level difference between two template bodies for the version history (R48): a longest-common-subsequence over
/// words, whitespace kept with the word before it. Bodies are at most 4,000 characters, so the quadratic table stays small.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffSegment> Between(string older, string newer)
    {
        var before = Words(older);
        var after = Words(newer);
        var common = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                common[i, j] = Same(before[i], after[j]) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && Same(before[x], after[y]))
            {
                Append(segments, DiffKind.Same, after[y++]);
                x++;
            }
            else if (y < after.Length && (x == before.Length || common[x, y + 1] > common[x + 1, y]))
            {
                Append(segments, DiffKind.Added, after[y++]);
            }
            else
            {
                Append(segments, DiffKind.Removed, before[x++]);
            }
        }

        return segments;
    }

    private static string[] Words(string text) => WordWithTrailingSpace().Matches(text).Select(match => match.Value).ToArray();

    /// <summary>Words compare without their trailing whitespace, so a reflowed line is not a change.</summary>
    private static bool Same(string left, string right) => left.TrimEnd() == right.TrimEnd();

    private static void Append(List<DiffSegment> segments, DiffKind kind, string word)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + word };
            return;
        }

        segments.Add(new DiffSegment(kind, word));
    }

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordWithTrailingSpace();
}
