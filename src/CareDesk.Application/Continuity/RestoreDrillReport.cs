using System.Text;
using CareDesk.Application.Abstractions;
using static System.FormattableString;

namespace CareDesk.Application.Continuity;

/// <summary>The restore drill's written report, for the periodic-review file (Annex 11 §7.2).</summary>
public static class RestoreDrillReport
{
    public static string ToText(RestoreDrillResult result, DateTimeOffset at)
    {
        var text = new StringBuilder()
            .AppendLine("CareDesk restore drill")
            .AppendLine(Invariant($"Run at (UTC):          {at.UtcDateTime:yyyy-MM-dd HH:mm:ss}"))
            .AppendLine(Invariant($"Backup:                {result.BackupPath}"))
            .AppendLine(Invariant($"Restored into:         {result.RestoredInto} (isolated temporary database, deleted afterwards)"))
            .AppendLine(Invariant($"File SHA-256 matches:  {(result.FileChecksumMatches ? "yes" : "NO")}"))
            .AppendLine(Invariant($"Integrity check:       {result.IntegrityCheck}"))
            .AppendLine(Invariant($"Records in manifest:   {result.RecordsInManifest}"))
            .AppendLine(Invariant($"Sampled records:       {result.SampledRecords} (seed {result.Seed})"))
            .AppendLine(Invariant($"Checksum mismatches:   {result.Mismatches.Count}"));
        foreach (var mismatch in result.Mismatches)
        {
            text.AppendLine("  " + mismatch);
        }

        return text.AppendLine(Invariant($"Result:                {(result.Passed ? "PASSED" : "FAILED")}")).ToString();
    }
}
