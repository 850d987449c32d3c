using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Listening;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Crisis;

public sealed class GetCrisisRoomHandler(IAppDbContext db, AuthorPseudonyms pseudonyms, TimeProvider time)
{
    /// <param name="roomId">The room's id.</param>
    public async Task<CrisisRoomDto> HandleAsync(Guid roomId, CancellationToken cancellationToken)
    {
        var room = await db.CrisisRooms.AsNoTracking().Include(found => found.Timeline).SingleOrDefaultAsync(found => found.Id == roomId, cancellationToken)
            ?? throw new NotFoundException("Crisis room", roomId);
        var alert = await db.ListeningAlerts.AsNoTracking().SingleAsync(found => found.Id == room.AlertId, cancellationToken);
        var brand = await db.Brands.AsNoTracking().Where(found => found.Id == room.BrandId).Select(found => found.Name).SingleAsync(cancellationToken);
        var rows = await db.Posts.AsNoTracking().Where(post => alert.PostIds.Contains(post.Id))
            .Join(db.Channels, post => post.ChannelId, channel => channel.Id, (post, channel) => new { post, channel.Key, channel.Kind })
            .Join(db.Cases, row => row.post.CaseId, item => item.Id, (row, item) => new { row.post, row.Key, row.Kind, item.Number })
            .ToListAsync(cancellationToken);
        var posts = rows.OrderBy(row => row.post.PostedAt)
            .Select(row => new CrisisPostDto(row.post.Id, row.Number, row.Key, pseudonyms.Of(row.Kind, row.post.Author), row.post.PostedAt, row.post.Text, row.post.Signals?.Sentiment ?? "unknown"))
            .ToList();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new CrisisRoomDto(room.Id, room.Number, room.Title, brand, room.OpenedAt, room.OpenedBy, room.ClosedAt, ListeningAlertDto.Of(alert, brand), posts,
            await CrisisPlaybookLookup.LoadAsync(db, room.BrandId, today, cancellationToken),
            [.. room.Timeline.OrderBy(action => action.At).Select(action => new CrisisActionDto(action.At, action.Kind, action.Actor, action.Text))]);
    }

    public async Task<CrisisRoomDto> ByNumberAsync(int number, CancellationToken cancellationToken)
    {
        var id = await db.CrisisRooms.Where(room => room.Number == number).Select(room => (Guid?)room.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Crisis room", number);
        return await HandleAsync(id, cancellationToken);
    }
}
