using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

public sealed class ListChannelsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<ChannelDto>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Channels.AsNoTracking().OrderBy(channel => channel.Key)
            .Join(db.Brands, channel => channel.BrandId, brand => brand.Id,
                (channel, brand) => new ChannelDto(channel.Id, channel.Key, channel.Name, channel.Kind, brand.Name, channel.CalendarCode, channel.PublicByDefault))
            .ToListAsync(cancellationToken);
}
