using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Roi;

/// <summary>A brand's ROI for the UTC days <paramref name="From"/> to <paramref name="To"/>, both included, with the cost inputs to weigh it against.</summary>
public sealed record GetRoiReportQuery(string? Brand, DateOnly? From, DateOnly? To, decimal? CostPerConversation = null, decimal? AgentCostPerHour = null,
    decimal? MinutesPerConversation = null, decimal? CampaignCost = null);

public sealed record RoiBreakdownRow(string Key, int Conversations, int Clicks, int Redemptions, decimal ReturnValue);

public sealed record RoiReportDto(string Brand, DateOnly From, DateOnly To, string Currency, int Conversations, int Clicks, int Redemptions, decimal ReturnValue,
    RoiCosts Costs, decimal CostPerConversationUsed, decimal ConversationCost, decimal TotalCost, decimal NetReturn, decimal? ReturnOnInvestment,
    decimal? ClicksPerConversation, decimal? RedemptionsPerConversation, decimal? CostPerRedemption, int OtherCurrencyRedemptions,
    IReadOnlyList<RoiBreakdownRow> ByChannel, IReadOnlyList<RoiBreakdownRow> ByTemplate, IReadOnlyList<RoiBreakdownRow> ByAgent);

/// <summary>
/// The funnel conversations → link clicks → redemptions for one brand and period, costed: conversations opened on
/// the brand's channels, clicks on its tracked links, redemptions of its codes (in the report currency), by channel,
/// template and agent. Every figure is a count or a sum; no person appears in it.
/// </summary>
public sealed class GetRoiReportHandler(IAppDbContext db, IOptions<RoiOptions> options)
{
    public async Task<RoiReportDto> HandleAsync(GetRoiReportQuery query, CancellationToken cancellationToken)
    {
        var validation = new Validation().Required("from", query.From).Required("to", query.To);
        if (query.From > query.To)
        {
            validation.Add("to", "The period must not end before it starts.");
        }

        validation.ThrowIfInvalid();
        var costs = RoiCosts.Create(query.CostPerConversation, query.AgentCostPerHour, query.MinutesPerConversation, query.CampaignCost);
        var brand = await db.LoadBrandAsync(query.Brand, cancellationToken);
        var (firstDay, lastDay) = (query.From!.Value, query.To!.Value);
        var start = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var channels = await db.Channels.Where(channel => channel.BrandId == brand.Id).ToDictionaryAsync(channel => channel.Id, channel => channel.Key, cancellationToken);
        var channelIds = channels.Keys.ToList();
        var conversations = await db.Cases.Where(item => channelIds.Contains(item.ChannelId) && item.OpenedAt >= start && item.OpenedAt < end)
            .GroupBy(item => item.ChannelId).Select(group => new { group.Key, Count = group.Count() }).ToListAsync(cancellationToken);
        var clicks = await (from day in db.LinkClickDays
                            join link in db.TrackedLinks on day.LinkId equals link.Id
                            where link.BrandId == brand.Id && day.Day >= firstDay && day.Day <= lastDay
                            select new { link.ChannelId, link.TemplateId, day.Clicks }).ToListAsync(cancellationToken);
        var redemptions = await (from redemption in db.Redemptions
                                 join code in db.RedemptionCodes on redemption.CodeId equals code.Id
                                 where code.BrandId == brand.Id && redemption.RedeemedAt >= start && redemption.RedeemedAt < end
                                 select new { code.ChannelId, code.TemplateId, code.IssuedBy, redemption.Value, redemption.Currency }).ToListAsync(cancellationToken);
        var currency = options.Value.ReportCurrency;
        var counted = redemptions.Where(item => item.Currency == currency).ToList();
        var templateIds = clicks.Select(item => item.TemplateId).Concat(counted.Select(item => item.TemplateId)).OfType<Guid>().Distinct().ToList();
        var templates = await db.Templates.Where(template => templateIds.Contains(template.Id))
            .ToDictionaryAsync(template => template.Id, template => $"{template.JobCode} v{template.Version}", cancellationToken);

        string ChannelName(Guid? id) => id is { } key && channels.TryGetValue(key, out var name) ? name : "(no channel)";
        string TemplateName(Guid? id) => id is { } key && templates.TryGetValue(key, out var name) ? name : "(no template)";

        var byChannel = Breakdown(
            conversations.Select(item => (ChannelName(item.Key), item.Count)),
            clicks.Select(item => (ChannelName(item.ChannelId), item.Clicks)),
            counted.Select(item => (ChannelName(item.ChannelId), item.Value)));
        var byTemplate = Breakdown([], clicks.Select(item => (TemplateName(item.TemplateId), item.Clicks)), counted.Select(item => (TemplateName(item.TemplateId), item.Value)));
        var byAgent = Breakdown([], [], counted.Select(item => (item.IssuedBy, item.Value)));

        var figures = new RoiFigures(conversations.Sum(item => item.Count), clicks.Sum(item => item.Clicks), counted.Count, counted.Sum(item => item.Value), costs);
        return new RoiReportDto(brand.Name, firstDay, lastDay, currency, figures.Conversations, figures.Clicks, figures.Redemptions, figures.ReturnValue, costs,
            costs.PerConversation, figures.ConversationCost, figures.TotalCost, figures.NetReturn, figures.ReturnOnInvestment, figures.ClicksPerConversation,
            figures.RedemptionsPerConversation, figures.CostPerRedemption, redemptions.Count - counted.Count, byChannel, byTemplate, byAgent);
    }

    private static List<RoiBreakdownRow> Breakdown(IEnumerable<(string Key, int Count)> conversations, IEnumerable<(string Key, int Clicks)> clicks, IEnumerable<(string Key, decimal Value)> redemptions)
    {
        var conversationsByKey = conversations.GroupBy(item => item.Key).ToDictionary(group => group.Key, group => group.Sum(item => item.Count));
        var clicksByKey = clicks.GroupBy(item => item.Key).ToDictionary(group => group.Key, group => group.Sum(item => item.Clicks));
        var redemptionsByKey = redemptions.GroupBy(item => item.Key).ToDictionary(group => group.Key, group => (Count: group.Count(), Value: group.Sum(item => item.Value)));
        return conversationsByKey.Keys.Union(clicksByKey.Keys).Union(redemptionsByKey.Keys).Order(StringComparer.Ordinal)
            .Select(key => new RoiBreakdownRow(key, conversationsByKey.GetValueOrDefault(key), clicksByKey.GetValueOrDefault(key),
                redemptionsByKey.GetValueOrDefault(key).Count, redemptionsByKey.GetValueOrDefault(key).Value))
            .ToList();
    }
}
