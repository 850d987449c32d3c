using System.Text;
using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>
/// Finds personal data in a post (R43): e-mail addresses, phone numbers, self-introduced names and signatures, street
/// addresses and dates of birth. Offsets are UTF-16 offsets into the original text. Overlapping candidates keep the earliest,
/// then the longest.
/// </summary>
public static class PiiDetector
{
    private const int SignatureTail = 60;

    public static IReadOnlyList<PiiMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PiiMention>();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            AddAll(found, text, PiiKind.Email, PiiPatterns.Email());
        }

        AddPhones(found, text);
        AddNames(found, text);
        AddAll(found, text, PiiKind.Address, PiiPatterns.Address());
        if (text.AsSpan().ContainsAny(PiiPatterns.GermanStreetWords))
        {
            AddAll(found, text, PiiKind.Address, PiiPatterns.GermanAddress());
        }

        if (text.AsSpan().ContainsAny(PiiPatterns.RomanceStreetWords))
        {
            AddAll(found, text, PiiKind.Address, PiiPatterns.RomanceAddress());
        }

        foreach (Match match in PiiPatterns.DateOfBirth().Matches(text))
        {
            Add(found, text, PiiKind.DateOfBirth, match.Groups["date"]);
        }

        return ResolveOverlaps(found);
    }

    /// <summary>Replaces each mention with its placeholder ([EMAIL], [PHONE], [NAME], [ADDRESS], [DOB]) and keeps the rest verbatim.</summary>
    public static string Redact(string text)
    {
        var mentions = Find(text);
        if (mentions.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var mention in mentions)
        {
            builder.Append(text, position, mention.Start - position).Append(Placeholder(mention.Kind));
            position = mention.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    public static string Placeholder(PiiKind kind) => kind switch
    {
        PiiKind.Email => "[EMAIL]",
        PiiKind.Phone => "[PHONE]",
        PiiKind.PersonName => "[NAME]",
        PiiKind.Address => "[ADDRESS]",
        PiiKind.DateOfBirth => "[DOB]",
    };

    private static void AddPhones(List<PiiMention> found, string text)
    {
        foreach (Match match in PiiPatterns.Phone().Matches(text))
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            var international = match.Value.StartsWith('+');
            if (digits < (international ? 8 : 10) || digits > 15)
            {
                continue;
            }

            var before = text[Math.Max(0, match.Index - 24)..match.Index];
            if (!PiiPatterns.IdentifierBefore().IsMatch(before))
            {
                Add(found, text, PiiKind.Phone, match);
            }
        }
    }

    private static void AddNames(List<PiiMention> found, string text)
    {
        foreach (Match match in PiiPatterns.MyNameIs().Matches(text))
        {
            var name = match.Groups["name"];
            if (PersonNameHeuristics.LooksLikeName(FirstWord(name.Value)))
            {
                Add(found, text, PiiKind.PersonName, name);
            }
        }

        foreach (Match match in PiiPatterns.IAm().Matches(text))
        {
            var first = match.Groups["first"];
            var last = match.Groups["last"];
            if (!PersonNameHeuristics.LooksLikeSelfIntroduction(first.Value, last.Success ? last.Value : null))
            {
                continue;
            }

            var keepLast = last.Success && !PersonNameHeuristics.IsCommonWord(last.Value);
            found.Add(new PiiMention(PiiKind.PersonName, first.Index, keepLast ? last.Index + last.Length : first.Index + first.Length,
                keepLast ? text[first.Index..(last.Index + last.Length)] : first.Value));
        }

        foreach (Match match in PiiPatterns.ThisIsFrom().Matches(text))
        {
            var name = match.Groups["name"];
            if (PersonNameHeuristics.LooksLikeName(FirstWord(name.Value)))
            {
                Add(found, text, PiiKind.PersonName, name);
            }
        }

        // A signature closes the post: only its tail is searched.
        var signature = PiiPatterns.Signature().Match(text, Math.Max(0, text.Length - SignatureTail));
        if (signature.Success && PersonNameHeuristics.LooksLikeName(FirstWord(signature.Groups["name"].Value)))
        {
            Add(found, text, PiiKind.PersonName, signature.Groups["name"]);
        }
    }

    private static string FirstWord(string value)
    {
        var space = value.IndexOfAny([' ', '\t', '\n']);
        return space < 0 ? value : value[..space];
    }

    private static void AddAll(List<PiiMention> found, string text, PiiKind kind, Regex regex)
    {
        foreach (Match match in regex.Matches(text))
        {
            Add(found, text, kind, match);
        }
    }

    private static void Add(List<PiiMention> found, string text, PiiKind kind, Group group)
    {
        var end = group.Index + group.Length;
        while (end > group.Index && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        found.Add(new PiiMention(kind, group.Index, end, text[group.Index..end]));
    }

    private static List<PiiMention> ResolveOverlaps(List<PiiMention> found)
    {
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<PiiMention>(found.Count);
        foreach (var mention in found)
        {
            if (kept.Count == 0 || mention.Start >= kept[^1].End)
            {
                kept.Add(mention);
            }
        }

        return kept;
    }
}
