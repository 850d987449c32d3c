using System.Text.Json;

namespace CareDesk.Infrastructure.Persistence.Backup;

/// <summary>Written next to a backup ("…db.manifest.json"): the file's SHA-256 and each record's checksum, per table and rowid.</summary>
internal sealed record BackupManifest(string File, string Sha256, DateTimeOffset CreatedAt, Dictionary<string, Dictionary<long, string>> Records)
{
    public const string Suffix = ".manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public int Count => Records.Values.Sum(rows => rows.Count);

    public static string PathFor(string backupPath) => backupPath + Suffix;

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = System.IO.File.Create(path);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    public static async Task<BackupManifest?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        await using var stream = System.IO.File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
    }
}
