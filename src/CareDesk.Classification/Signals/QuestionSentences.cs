using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>Splits a post into sentences and keeps the ones in question form: ending in "?" or opened by a question cue.</summary>
internal static partial class QuestionSentences
{
    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('.' or '!' or '?' or '\n'))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] is '?' or '!')
            {
                end++;
            }

            var (trimmedStart, trimmedEnd) = Trim(text, start, end);
            if (trimmedEnd > trimmedStart && IsQuestion(text, trimmedStart, trimmedEnd))
            {
                yield return (trimmedStart, trimmedEnd);
            }

            start = Math.Max(end, i + 1);
            i = start - 1;
        }
    }

    private static bool IsQuestion(string text, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        return sentence.Contains('?') || QuestionCue().IsMatch(sentence);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    [GeneratedRegex(
        @"^(?:\W*(?:hi|hey|hello|so|also|quick\s+question|question|ok|okay)\W+)*(?:can|could|should|shall|is|are|does|do|did|will|would|how|what|when|which|may|has|have|anyone|any1)\b(?!['’])"
        + @"|\b(?:wondering\s+(?:if|whether|how|when|what)|anyone\s+know|does\s+any(?:one|body)\s+know|not\s+sure\s+(?:if|whether|how)|please\s+advise|any\s+advice|"
        + @"can\s+(?:someone|anyone)\s+tell|I'?d\s+like\s+to\s+know|want\s+to\s+know|need\s+to\s+know)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionCue();
}
