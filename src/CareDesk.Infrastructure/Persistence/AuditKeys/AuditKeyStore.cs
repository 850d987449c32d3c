using CareDesk.Application.Audit;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Infrastructure.Persistence.AuditKeys;

/// <summary>Keeps the audit data keys in their own table of the same database, written in the use case's unit of work.</summary>
public sealed class AuditKeyStore(AppDbContext db, TimeProvider time) : IAuditKeyStore
{
    private DbSet<AuditSubjectKey> Keys => db.Set<AuditSubjectKey>();

    public byte[] GetOrCreate(Guid owner)
    {
        var existing = Keys.Local.FirstOrDefault(key => key.Owner == owner) ?? Keys.AsNoTracking().FirstOrDefault(key => key.Owner == owner);
        if (existing is not null)
        {
            return existing.Key;
        }

        var created = AuditSubjectKey.Create(owner, PersonalAuditValue.NewKey(), time.GetUtcNow());
        Keys.Add(created);
        return created.Key;
    }

    public async Task<IReadOnlyDictionary<Guid, byte[]>> FindAsync(IEnumerable<Guid> owners, CancellationToken cancellationToken)
    {
        var wanted = owners.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, byte[]>();
        }

        return await Keys.AsNoTracking().Where(key => wanted.Contains(key.Owner)).ToDictionaryAsync(key => key.Owner, key => key.Key, cancellationToken);
    }

    public async Task<bool> ShredAsync(Guid owner, CancellationToken cancellationToken)
    {
        var existing = await Keys.FirstOrDefaultAsync(key => key.Owner == owner, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        Keys.Remove(existing);
        return true;
    }
}
