using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

/// <summary>The data-subject requests: open ones first by due date, then the latest completed (R42 deadline tracking).</summary>
public sealed class ListDataSubjectRequestsHandler(IAppDbContext db, ICurrentActor actor)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<DataSubjectRequestDto>> HandleAsync(CancellationToken cancellationToken)
    {
        actor.RequireContentManager("see data-subject requests");
        var requests = await db.DataSubjectRequests.AsNoTracking().ToListAsync(cancellationToken);
        return [.. requests.OrderBy(request => request.CompletedAt is null ? 0 : 1).ThenBy(request => request.CompletedAt is null ? request.DueAt : DateTimeOffset.MaxValue)
            .ThenByDescending(request => request.CompletedAt).Take(Limit).Select(DataSubjectRequestDto.Of)];
    }
}
