using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening.Crisis;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Crisis;

/// <summary>
/// Opens a crisis room for a listening alert (supervisors and admins), or returns the room already open for it, so two
/// people reacting to the same alert end up in the same room.
/// </summary>
public sealed class OpenCrisisRoomHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time, GetCrisisRoomHandler rooms)
{
    public async Task<CrisisRoomDto> HandleAsync(Guid alertId, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("open crisis rooms");
        var alert = await db.ListeningAlerts.SingleOrDefaultAsync(found => found.Id == alertId, cancellationToken) ?? throw new NotFoundException("Listening alert", alertId);
        if (alert.CrisisRoomId is { } existing && await db.CrisisRooms.AnyAsync(room => room.Id == existing && room.ClosedAt == null, cancellationToken))
        {
            return await rooms.HandleAsync(existing, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (await db.CrisisRooms.MaxAsync(room => (int?)room.Number, cancellationToken) ?? 0) + 1;
        var brand = await db.Brands.AsNoTracking().Where(found => found.Id == alert.BrandId).Select(found => found.Name).SingleAsync(cancellationToken);
        var room = CrisisRoom.Open(number, alert, $"{brand}: {alert.Kind} {alert.WindowStart:yyyy-MM-dd HH:mm} UTC", actor.UserName, time.GetUtcNow());
        db.CrisisRooms.Add(room);
        audit.Record("crisis.room_opened", nameof(CrisisRoom), room.Id, null, new { room.Number, room.Title, alert = alert.Id, alert.Kind, alert.Severity });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await rooms.HandleAsync(room.Id, cancellationToken);
    }
}
