using CareDesk.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>Gives new audit entries consecutive sequence numbers and links each to the previous entry's hash.</summary>
internal static class AuditChain
{
    public static bool HasPendingEntries(ChangeTracker tracker) =>
        tracker.Entries<AuditEntry>().Any(entry => entry.State == EntityState.Added);

    public static async Task SealPendingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity).OrderBy(entry => entry.WrittenOrder).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(entry => entry.Sequence)
            .Select(entry => new { entry.Sequence, entry.Hash }).FirstOrDefaultAsync(cancellationToken);
        var (sequence, hash) = (head?.Sequence ?? 0, head?.Hash ?? string.Empty);
        foreach (var entry in pending)
        {
            entry.Seal(++sequence, hash);
            hash = entry.Hash;
        }
    }
}
