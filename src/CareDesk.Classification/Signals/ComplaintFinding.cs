namespace CareDesk.Classification.Signals;

/// <summary>A product quality complaint (R14 PQC): the defect kind (see <see cref="ComplaintDefects"/>) and the words that show it (UTF-16, End exclusive).</summary>
public sealed record ComplaintFinding(bool IsComplaint, string? Defect, string? Evidence, int? Start, int? End)
{
    public static ComplaintFinding None { get; } = new(false, null, null, null, null);
}
