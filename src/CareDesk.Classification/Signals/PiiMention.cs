namespace CareDesk.Classification.Signals;

/// <summary>One piece of personal data in a post: UTF-16 offsets, Start inclusive and End exclusive, and the text found.</summary>
public sealed record PiiMention(PiiKind Kind, int Start, int End, string Text)
{
    public int Length => End - Start;
}
