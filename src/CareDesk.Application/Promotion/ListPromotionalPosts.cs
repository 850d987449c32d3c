using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Promotion;

/// <summary>Proactive posts, newest first.</summary>
public sealed class ListPromotionalPostsHandler(IAppDbContext db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<PromotionalPostDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var rows = await (from post in db.PromotionalPosts.AsNoTracking()
                          join channel in db.Channels.AsNoTracking() on post.ChannelId equals channel.Id
                          select new { post, channel.Key }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(row => row.post.ScheduledAt).Take(Limit).Select(row => PromotionalPostDto.Of(row.post, row.Key))];
    }
}
