using CareDesk.Application.Abstractions;
using CareDesk.Application.Cases;

namespace CareDesk.Application.LinkedRecords;

public sealed record GetLinkedRecordsQuery(int CaseNumber);

/// <summary>The records one case's posts produced (R14): PV intake, Quality complaint, MI request, each in its own queue.</summary>
public sealed class GetLinkedRecordsHandler(IAppDbContext db)
{
    public async Task<LinkedRecordsDto> HandleAsync(GetLinkedRecordsQuery query, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(query.CaseNumber, cancellationToken);
        var records = await db.RecordsOfAsync([subject.Id], cancellationToken);
        return new LinkedRecordsDto(subject.Number, [.. records[subject.Id]]);
    }
}
