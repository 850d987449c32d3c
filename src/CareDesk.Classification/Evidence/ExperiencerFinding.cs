namespace CareDesk.Classification.Evidence;

/// <summary>Whose experience it is, with the words that show it (UTF-16 offsets); no span for a general statement without a cue.</summary>
public sealed record ExperiencerFinding(Experiencer Experiencer, string? Evidence, int? Start, int? End);
