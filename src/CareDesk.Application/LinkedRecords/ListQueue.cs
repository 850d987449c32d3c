using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.LinkedRecords;

/// <param name="Queue">"quality" (open complaints) or "medical-information" (unanswered requests).</param>
public sealed record ListQueueQuery(string Queue);

/// <summary>
/// The Quality and Medical Information queues (R14): each open record with its case and the other records the same
/// post produced as cross-references, so Quality sees the AE and PV sees the complaint without asking around.
/// </summary>
public sealed class ListQueueHandler(IAppDbContext db)
{
    public const string Quality = "quality";
    public const string MedicalInformation = "medical-information";

    public async Task<IReadOnlyList<QueueItemDto>> HandleAsync(ListQueueQuery query, CancellationToken cancellationToken)
    {
        var items = query.Queue switch
        {
            Quality => (await db.ProductComplaints.AsNoTracking().Where(item => item.ClosedAt == null).ToListAsync(cancellationToken))
                .Select(item => (item.CaseId, Record: LinkedRecordLookup.Of(item))).ToList(),
            MedicalInformation => (await db.MedicalInformationRequests.AsNoTracking().Where(item => item.SentAt == null).ToListAsync(cancellationToken))
                .Select(item => (item.CaseId, Record: LinkedRecordLookup.Of(item))).ToList(),
            _ => throw ValidationFailedException.For("queue", $"Queue must be '{Quality}' or '{MedicalInformation}'."),
        };
        var caseIds = items.Select(item => item.CaseId).Distinct().ToList();
        var numbers = await db.Cases.AsNoTracking().Where(item => caseIds.Contains(item.Id)).ToDictionaryAsync(item => item.Id, item => item.Number, cancellationToken);
        var records = await db.RecordsOfAsync(caseIds, cancellationToken);
        return [.. items
            .Select(item => new QueueItemDto(numbers[item.CaseId], item.Record, [.. records[item.CaseId].Where(other => other.Reference != item.Record.Reference)]))
            .OrderBy(item => item.CaseNumber)];
    }
}
