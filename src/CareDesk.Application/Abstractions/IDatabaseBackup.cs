namespace CareDesk.Application.Abstractions;

/// <summary>A backup written next to its manifest: the file's SHA-256 and one checksum per record, taken from the backup itself.</summary>
public sealed record BackupFile(string Path, string ManifestPath, string Sha256, long Bytes, int Records);

/// <summary>What a restore drill found: the backup restored into an isolated database and compared with its manifest.</summary>
public sealed record RestoreDrillResult(
    string BackupPath, string RestoredInto, bool FileChecksumMatches, string IntegrityCheck, int RecordsInManifest, int SampledRecords, int Seed,
    IReadOnlyList<string> Mismatches)
{
    public bool Passed => FileChecksumMatches && IntegrityCheck == "ok" && SampledRecords > 0 && Mismatches.Count == 0;
}

/// <summary>Online backup and restore drill of the database (R38; Annex 11 §7.2: backups are checked for restorability).</summary>
public interface IDatabaseBackup
{
    /// <summary>Copies the live database into <paramref name="directory"/> without stopping writers, and writes its manifest.</summary>
    Task<BackupFile> CreateAsync(string directory, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Restores <paramref name="backupPath"/> into a fresh temporary database (never the live one) and checks <paramref name="sampleSize"/> sampled records against the manifest.</summary>
    Task<RestoreDrillResult> RestoreDrillAsync(string backupPath, int sampleSize, int seed, CancellationToken cancellationToken);
}
