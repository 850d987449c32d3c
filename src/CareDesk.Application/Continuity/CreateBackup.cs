using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;

namespace CareDesk.Application.Continuity;

public sealed record CreateBackupCommand(string? Directory);

/// <summary>Takes an online backup of the database with its checksum manifest (R38), audited.</summary>
public sealed class CreateBackupHandler(IDatabaseBackup backup, IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<BackupFile> HandleAsync(CreateBackupCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("directory", command.Directory).ThrowIfInvalid();
        var file = await backup.CreateAsync(command.Directory!, time.GetUtcNow(), cancellationToken);
        audit.Record("backup.created", "Backup", System.IO.Path.GetFileName(file.Path), null, new { file.Path, file.Sha256, file.Bytes, file.Records });
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}
