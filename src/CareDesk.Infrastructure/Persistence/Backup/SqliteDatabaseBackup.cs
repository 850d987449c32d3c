using System.Globalization;
using System.Security.Cryptography;
using CareDesk.Application.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CareDesk.Infrastructure.Persistence.Backup;

/// <summary>
/// Backups through SQLite's online backup API (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>): a
/// consistent copy while the web host keeps writing. The restore drill restores into a temporary database of its own
/// and never opens the live one for writing.
/// </summary>
public sealed class SqliteDatabaseBackup(IOptions<DatabaseOptions> options) : IDatabaseBackup
{
    public async Task<BackupFile> CreateAsync(string directory, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, "caredesk-" + at.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".db"));
        await using (var live = new SqliteConnection(options.Value.SqliteConnectionString()))
        await using (var copy = new SqliteConnection(Isolated(path)))
        {
            await live.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            live.BackupDatabase(copy);
            // The copy inherits WAL mode; a self-contained file reads anywhere, read-only included.
            await using var journal = copy.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode = DELETE";
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }

        var records = ReadChecksums(path);
        var sha256 = await Sha256Async(path, cancellationToken);
        var manifest = new BackupManifest(Path.GetFileName(path), sha256, at, records);
        await manifest.WriteAsync(BackupManifest.PathFor(path), cancellationToken);
        return new BackupFile(path, BackupManifest.PathFor(path), sha256, new FileInfo(path).Length, manifest.Count);
    }

    public async Task<RestoreDrillResult> RestoreDrillAsync(string backupPath, int sampleSize, int seed, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(backupPath);
        var manifest = await BackupManifest.ReadAsync(BackupManifest.PathFor(fullPath), cancellationToken);
        if (manifest is null || !File.Exists(fullPath))
        {
            return new RestoreDrillResult(fullPath, "-", false, "not run", 0, 0, seed, [manifest is null ? "manifest missing: " + BackupManifest.PathFor(fullPath) : "backup missing"]);
        }

        var fileMatches = string.Equals(await Sha256Async(fullPath, cancellationToken), manifest.Sha256, StringComparison.OrdinalIgnoreCase);
        var sandbox = Directory.CreateTempSubdirectory("caredesk-restore-drill-");
        var restoredPath = Path.Combine(sandbox.FullName, "restored.db");
        try
        {
            await using var restored = new SqliteConnection(Isolated(restoredPath));
            await restored.OpenAsync(cancellationToken);
            await using (var source = new SqliteConnection(Isolated(fullPath) + ";Mode=ReadOnly"))
            {
                await source.OpenAsync(cancellationToken);
                source.BackupDatabase(restored);
            }

            var integrity = IntegrityCheck(restored);
            var mismatches = Compare(restored, manifest, sampleSize, seed, out var sampled);
            return new RestoreDrillResult(fullPath, restoredPath, fileMatches, integrity, manifest.Count, sampled, seed, mismatches);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            sandbox.Delete(recursive: true);
        }
    }

    private static List<string> Compare(SqliteConnection restored, BackupManifest manifest, int sampleSize, int seed, out int sampled)
    {
        var tables = RecordChecksums.Tables(restored).ToHashSet(StringComparer.Ordinal);
        var all = manifest.Records.SelectMany(table => table.Value.Select(row => (Table: table.Key, RowId: row.Key, Checksum: row.Value))).ToList();
        // A seeded shuffle: the same seed draws the same sample, so a failed drill can be repeated exactly.
        var sample = all.OrderBy(row => row.Table, StringComparer.Ordinal).ThenBy(row => row.RowId).ToArray();
        new Random(seed).Shuffle(sample);
        var mismatches = new List<string>();
        sampled = 0;
        foreach (var row in sample.Take(sampleSize))
        {
            sampled++;
            var actual = tables.Contains(row.Table) ? RecordChecksums.One(restored, row.Table, row.RowId) : null;
            if (actual is null)
            {
                mismatches.Add(FormattableString.Invariant($"{row.Table} rowid {row.RowId}: missing after restore"));
            }
            else if (!string.Equals(actual, row.Checksum, StringComparison.Ordinal))
            {
                mismatches.Add(FormattableString.Invariant($"{row.Table} rowid {row.RowId}: checksum differs"));
            }
        }

        return mismatches;
    }

    private static Dictionary<string, Dictionary<long, string>> ReadChecksums(string path)
    {
        using var connection = new SqliteConnection(Isolated(path) + ";Mode=ReadOnly");
        connection.Open();
        return RecordChecksums.Tables(connection).ToDictionary(table => table, table => RecordChecksums.All(connection, table).ToDictionary(row => row.RowId, row => row.Checksum));
    }

    private static string IntegrityCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "no answer";
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>No pooling: the file must be closed for hashing and deletion as soon as the connection is disposed.</summary>
    private static string Isolated(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
}
