namespace CareDesk.Classification.Evidence;

/// <summary>
/// An event expression in a post (UTF-16 offsets), whether it is negated ("no nausea") and whether it is what a
/// medicine was taken for (an indication) rather than a reaction.
/// </summary>
public sealed record EventMention(string Text, int Start, int End, bool Negated, bool IsIndication)
{
    /// <summary>A reaction: neither negated nor an indication.</summary>
    public bool IsReaction => !Negated && !IsIndication;
}
