using CareDesk.Application.Abstractions;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

public sealed record GetModerationSettingsQuery;

public sealed record ModerationSettingsDto(IReadOnlyList<PageModerationDto> Pages, IReadOnlyList<CommunityGuidelinesDto> Guidelines);

/// <summary>Every page's moderation mode (Off where none was chosen) and every brand's community guidelines.</summary>
public sealed class GetModerationSettingsHandler(IAppDbContext db)
{
    public async Task<ModerationSettingsDto> HandleAsync(GetModerationSettingsQuery query, CancellationToken cancellationToken)
    {
        var modes = await db.PageModerations.AsNoTracking().ToDictionaryAsync(page => page.ChannelId, page => page.Mode, cancellationToken);
        var channels = await db.Channels.AsNoTracking().OrderBy(channel => channel.Key).Select(channel => new { channel.Id, channel.Key, channel.Name }).ToListAsync(cancellationToken);
        var brands = await db.Brands.AsNoTracking().ToDictionaryAsync(brand => brand.Id, brand => brand.Name, cancellationToken);
        var guidelines = await db.CommunityGuidelines.AsNoTracking().ToListAsync(cancellationToken);
        return new ModerationSettingsDto(
            channels.Select(channel => new PageModerationDto(channel.Key, channel.Name, modes.GetValueOrDefault(channel.Id, ModerationMode.Off))).ToList(),
            guidelines.Select(item => ModerationSettingsMapping.Of(item, brands.GetValueOrDefault(item.BrandId, "?"))).OrderBy(item => item.Brand).ToList());
    }
}
