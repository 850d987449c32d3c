namespace CareDesk.Classification.Evidence;

/// <summary>An adverse-event expression found in text, with the concept it groups under; UTF-16 offsets.</summary>
public sealed record EventLexiconMatch(string Text, string Concept, int Start, int End);
