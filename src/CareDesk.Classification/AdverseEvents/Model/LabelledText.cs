namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>One labelled text: does it report an adverse event? <paramref name="Split"/> is the corpus' own split, when it has one.</summary>
public sealed record LabelledText(string Id, string Text, bool HasAe, string? Split = null)
{
    /// <summary>The corpus' own split holds this row out (its dev or test part), so it is never trained on.</summary>
    public bool IsHeldOutByCorpus => Split is "dev" or "test";
}
