using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Audit;

public sealed record AuditChainReport(long EntriesChecked, bool Intact, long? FirstBrokenSequence);

/// <summary>Walks the hash chain from the first entry; the first entry whose link or hash does not match is reported.</summary>
public sealed class VerifyAuditChainHandler(IAppDbContext db)
{
    public async Task<AuditChainReport> HandleAsync(CancellationToken cancellationToken)
    {
        var previous = string.Empty;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(entry => entry.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (!entry.IsIntactAfter(previous))
            {
                return new AuditChainReport(count, false, entry.Sequence);
            }

            previous = entry.Hash;
        }

        return new AuditChainReport(count, true, null);
    }
}
