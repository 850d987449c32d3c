namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>One labelled text: does it report an adverse event? <paramref name="Split"/> is the corpus' own split, when it has one.</summary>
public sealed record LabelledText(string Id, string Text, bool HasAe, string? Split = null);
