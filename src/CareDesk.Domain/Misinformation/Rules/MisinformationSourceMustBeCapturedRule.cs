using CareDesk.Domain.Common;

namespace CareDesk.Domain.Misinformation.Rules;

/// <summary>R26: the misinformation is captured as a snapshot with its URL, and names at least one item.</summary>
public sealed class MisinformationSourceMustBeCapturedRule(string? sourceUrl, string? snapshot, IReadOnlyList<string> statements) : IBusinessRule
{
    private (string Field, string Message)? Problem =>
        !Uri.TryCreate(sourceUrl?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || sourceUrl!.Length > MisinformationCorrection.MaxUrlLength
            ? ("sourceUrl", "Give the web address (URL) where the misinformation was found.")
        : string.IsNullOrWhiteSpace(snapshot) || snapshot.Length > MisinformationCorrection.MaxSnapshotLength
            ? ("snapshot", $"Capture the misinformation as found (snapshot text, at most {MisinformationCorrection.MaxSnapshotLength} characters).")
        : statements.Count == 0 || statements.Any(statement => string.IsNullOrWhiteSpace(statement) || statement.Length > MisinformationCorrection.MaxStatementLength)
            ? ("items", $"List each false statement (at most {MisinformationCorrection.MaxStatementLength} characters each), positive and negative.")
        : null;

    public bool IsBroken() => Problem is not null;

    public string Message => Problem?.Message ?? string.Empty;

    public string? Field => Problem?.Field;
}
