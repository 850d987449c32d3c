using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Roi;

public sealed record ListTrackedLinksQuery(string? Brand);

public sealed record BrandLinksDto(string Brand, IReadOnlyList<string> AllowedDomains, IReadOnlyList<TrackedLinkDto> Links);

/// <summary>A brand's tracked links, newest first, with their click counts, and the domains links may lead to.</summary>
public sealed class ListTrackedLinksHandler(IAppDbContext db, IOptions<RoiOptions> options)
{
    public async Task<BrandLinksDto> HandleAsync(ListTrackedLinksQuery query, CancellationToken cancellationToken)
    {
        var brand = await db.LoadBrandAsync(query.Brand, cancellationToken);
        var links = await db.TrackedLinks.AsNoTracking().Where(link => link.BrandId == brand.Id).ToListAsync(cancellationToken);
        var ids = links.Select(link => link.Id).ToList();
        var clicks = await db.LinkClickDays.Where(day => ids.Contains(day.LinkId))
            .GroupBy(day => day.LinkId).Select(group => new { group.Key, Clicks = group.Sum(day => day.Clicks) })
            .ToDictionaryAsync(row => row.Key, row => row.Clicks, cancellationToken);
        var dtos = links.OrderByDescending(link => link.CreatedAt)
            .Select(link => TrackedLinkDto.Of(link, options.Value, clicks.GetValueOrDefault(link.Id))).ToList();
        return new BrandLinksDto(brand.Name, await db.AllowedDomainsAsync(brand.Id, cancellationToken), dtos);
    }
}
