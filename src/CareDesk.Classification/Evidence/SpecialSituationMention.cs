namespace CareDesk.Classification.Evidence;

/// <summary>A special situation with the words that show it (UTF-16 offsets into the original text).</summary>
public sealed record SpecialSituationMention(SpecialSituation Situation, string Text, int Start, int End);
