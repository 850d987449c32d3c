using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

/// <summary>A channel's ingestion settings and health, as the channels page and API show them.</summary>
public sealed record ChannelStatusDto(
    string Key,
    string Name,
    ChannelKind Kind,
    string Brand,
    bool IngestionEnabled,
    string? AccountId,
    string? ListeningQuery,
    int ListeningQueryVersion,
    int ScreeningIntervalMinutes,
    int MaxScreeningGapMinutes,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    bool RateLimited,
    double? RateLimitRemaining,
    int? RateLimitLimit,
    DateTimeOffset? RateLimitResetsAt,
    long ItemsIngested,
    DateTimeOffset? ScreeningGapSince);

public sealed class ListChannelStatusHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<ChannelStatusDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var channels = await db.Channels.AsNoTracking().OrderBy(channel => channel.Key).ToListAsync(cancellationToken);
        var brands = await db.Brands.AsNoTracking().ToDictionaryAsync(brand => brand.Id, brand => brand.Name, cancellationToken);
        var health = await db.ChannelHealth.AsNoTracking().ToDictionaryAsync(item => item.ChannelId, cancellationToken);
        var gaps = (await db.ScreeningGapAlerts.AsNoTracking().Where(alert => alert.ResolvedAt == null).ToListAsync(cancellationToken))
            .GroupBy(alert => alert.ChannelId).ToDictionary(group => group.Key, group => group.Min(alert => alert.RaisedAt));
        return [.. channels.Select(channel =>
        {
            var state = health.GetValueOrDefault(channel.Id);
            return new ChannelStatusDto(channel.Key, channel.Name, channel.Kind, brands[channel.BrandId], channel.IngestionEnabled, channel.AccountId,
                channel.ListeningQuery, channel.ListeningQueryVersion, (int)channel.ScreeningInterval.TotalMinutes, (int)channel.MaxScreeningGap.TotalMinutes,
                state?.LastSuccessAt, state?.LastErrorAt, state?.LastError, state?.NextAttemptAt, state?.RateLimited ?? false,
                state?.RateLimitRemaining, state?.RateLimitLimit, state?.RateLimitResetsAt, state?.ItemsIngested ?? 0,
                gaps.TryGetValue(channel.Id, out var since) ? since : null);
        })];
    }
}
