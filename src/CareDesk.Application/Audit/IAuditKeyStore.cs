namespace CareDesk.Application.Audit;

/// <summary>
/// The per-case keys that encrypt personal values inside audit entries (ADR-016). The keys live outside the hash
/// chain, so deleting one makes those values unreadable for good without touching a sealed entry.
/// </summary>
public interface IAuditKeyStore
{
    /// <summary>The owner's key, added to the current unit of work when it has none yet.</summary>
    byte[] GetOrCreate(Guid owner);

    Task<IReadOnlyDictionary<Guid, byte[]>> FindAsync(IEnumerable<Guid> owners, CancellationToken cancellationToken);

    /// <summary>Deletes the owner's key in the current unit of work (crypto-shredding); returns whether there was one.</summary>
    Task<bool> ShredAsync(Guid owner, CancellationToken cancellationToken);
}
