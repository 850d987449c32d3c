using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;

namespace CareDesk.Application.Continuity;

public sealed record RunRestoreDrillCommand(string? BackupPath, int SampleSize = 1000, int? Seed = null);

/// <summary>
/// The periodic restore drill (R38): the backup is restored into an isolated database and a sample of its records is
/// compared by checksum with the manifest written when it was taken. The outcome is audited, pass or fail.
/// </summary>
public sealed class RunRestoreDrillHandler(IDatabaseBackup backup, IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<RestoreDrillResult> HandleAsync(RunRestoreDrillCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation().Required("backup", command.BackupPath);
        if (command.SampleSize is < 1 or > 1_000_000)
        {
            validation.Add("sample", "Sample between 1 and 1,000,000 records.");
        }

        validation.ThrowIfInvalid();
        var seed = command.Seed ?? (int)(time.GetUtcNow().ToUnixTimeSeconds() % int.MaxValue);
        var result = await backup.RestoreDrillAsync(command.BackupPath!, command.SampleSize, seed, cancellationToken);
        audit.Record(result.Passed ? "backup.restore_drill_passed" : "backup.restore_drill_failed", "Backup", System.IO.Path.GetFileName(result.BackupPath), null,
            new { result.BackupPath, result.FileChecksumMatches, result.IntegrityCheck, result.SampledRecords, result.Seed, mismatches = result.Mismatches.Take(20).ToList() });
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
