using CareDesk.Application.Cases;

namespace CareDesk.Application.Audit;

/// <summary>Decrypts the personal values of audit rows for display; shredded ones read as erased.</summary>
public static class AuditKeyStoreReveal
{
    public static async Task<List<HistoryDto>> RevealAsync(this IAuditKeyStore keys, IReadOnlyList<HistoryDto> rows, CancellationToken cancellationToken)
    {
        var found = await keys.FindAsync(PersonalAuditValue.OwnersIn(rows.SelectMany(row => new[] { row.Before, row.After })), cancellationToken);
        return [.. rows.Select(row => row with { Before = PersonalAuditValue.Reveal(row.Before, found), After = PersonalAuditValue.Reveal(row.After, found) })];
    }
}
