namespace CareDesk.Classification.Evidence;

/// <summary>
/// One ICH/GVP minimum criterion with the evidence that meets it. Start/End are UTF-16 offsets into the post when the
/// evidence is in its text; the reporter's handle comes from the post's metadata and has no offsets.
/// </summary>
public sealed record Criterion(bool Met, string? Evidence, int? Start, int? End)
{
    public static Criterion Missing { get; } = new(false, null, null, null);

    public static Criterion InText(string evidence, int start, int end) => new(true, evidence, start, end);
}
