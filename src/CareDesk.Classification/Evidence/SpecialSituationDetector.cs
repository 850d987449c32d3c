using System.Buffers;
using System.Text.RegularExpressions;

namespace CareDesk.Classification.Evidence;

/// <summary>
/// Finds pregnancy exposure, overdose, misuse, lack of effect and medication error. A negated mention
/// ("not pregnant") is dropped, except lack of effect, whose own wording carries the negation.
/// </summary>
public sealed class SpecialSituationDetector
{
    // Each pattern runs only when one of its anchor words occurs: most posts contain none, and the scan is cheap.
    private static readonly (SpecialSituation Situation, Regex Pattern, SearchValues<string> Anchors)[] Patterns =
    [
        (SpecialSituation.PregnancyExposure, SpecialSituationPatterns.Pregnancy(),
            Anchors("pregnan", "breast", "nursing", "conceive", "ttc", "trimester", "expecting a baby")),
        (SpecialSituation.Overdose, SpecialSituationPatterns.Overdose(),
            Anchors("overdos", "od'd", "odd", "o.d.", "dose", "doubl", "too many", "too much", "whole", "twice", "more than", "at once")),
        (SpecialSituation.Misuse, SpecialSituationPatterns.Misuse(),
            Anchors("snort", "crush", "inject", "high", "recreational", "for fun", "prescription", "pills", "meds", "medication", "abus", "misus", "label", "chew")),
        (SpecialSituation.LackOfEffect, SpecialSituationPatterns.LackOfEffect(),
            Anchors("work", "help", "effect", "nothing", "relief", "useless", "wore off", "wears off", "worn off", "lost it", "still", "anything")),
        (SpecialSituation.MedicationError, SpecialSituationPatterns.MedicationError(),
            Anchors("wrong", "mistake", "accident", "mixed up", "gave", "pharmacy", "dispensed", "forgot", "twice", "expired")),
    ];

    private readonly NegationDetector _negation = new();

    public IReadOnlyList<SpecialSituationMention> Find(string text) => Find(TokenizedText.Create(text));

    internal IReadOnlyList<SpecialSituationMention> Find(TokenizedText text)
    {
        var found = new List<SpecialSituationMention>();
        foreach (var (situation, pattern, anchors) in Patterns)
        {
            if (text.Text.AsSpan().IndexOfAny(anchors) < 0)
            {
                continue;
            }

            foreach (var match in pattern.EnumerateMatches(text.Text))
            {
                var start = match.Index;
                var end = match.Index + match.Length;
                if (situation != SpecialSituation.LackOfEffect && _negation.IsNegated(text, start, end))
                {
                    continue;
                }

                found.Add(new SpecialSituationMention(situation, text.Text[start..end], start, end));
            }
        }

        return found;
    }

    private static SearchValues<string> Anchors(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
}
