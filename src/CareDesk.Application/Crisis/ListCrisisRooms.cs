using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Crisis;

public sealed record CrisisRoomSummaryDto(int Number, string Title, DateTimeOffset OpenedAt, string OpenedBy, DateTimeOffset? ClosedAt, Guid AlertId);

public sealed class ListCrisisRoomsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<CrisisRoomSummaryDto>> HandleAsync(CancellationToken cancellationToken) =>
        await db.CrisisRooms.AsNoTracking().OrderByDescending(room => room.OpenedAt)
            .Select(room => new CrisisRoomSummaryDto(room.Number, room.Title, room.OpenedAt, room.OpenedBy, room.ClosedAt, room.AlertId))
            .Take(100).ToListAsync(cancellationToken);
}
