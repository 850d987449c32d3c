namespace CareDesk.Classification.Signals;

/// <summary>The reporter's likely role and the text that shows it (UTF-16 offsets, End exclusive); Unknown has no evidence.</summary>
public sealed record ReporterRole(ReporterKind Kind, string? Evidence, int? Start, int? End)
{
    public static ReporterRole Unknown { get; } = new(ReporterKind.Unknown, null, null, null);
}
