using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting;

public sealed record DailyVolume(DateOnly Day, int Conversations);

public sealed record NamedCount(string Name, int Count);

/// <summary>Possible adverse events in the period: detected → handed to PV → acknowledged by the safety database.</summary>
public sealed record AdverseEventFunnel(int Detected, int HandedOff, int Acknowledged);

/// <summary>The live queue now, whatever the period: open, open without assignee, open without any reply yet.</summary>
public sealed record LiveQueue(int Open, int Unassigned, int Unattended);

public sealed record ContactCenterReport(
    ReportFilter Filter,
    ReportDimension Dimension,
    MetricsRow Total,
    IReadOnlyList<MetricsRow> Rows,
    IReadOnlyList<DailyVolume> VolumeByDay,
    IReadOnlyList<NamedCount> Sentiment,
    IReadOnlyList<NamedCount> TopLabels,
    AdverseEventFunnel AdverseEvents,
    LiveQueue Queue);

/// <summary>The one query behind the reports page and API: metrics per channel, team, agent, brand or label for a period.</summary>
public sealed class GetContactCenterReportHandler(ConversationFactsReader reader, ReportAccess access, IAppDbContext db, TimeProvider time)
{
    public async Task<ContactCenterReport> HandleAsync(ReportFilter filter, ReportDimension dimension, CancellationToken cancellationToken)
    {
        filter = await access.ScopeAsync(filter, cancellationToken);
        var now = time.GetUtcNow();
        var conversations = await reader.ReadAsync(filter, openedInPeriodOnly: true, cancellationToken);
        var rows = conversations
            .SelectMany(item => ContactCenterMetrics.KeysFor(item, dimension).Select(key => (key, item)))
            .GroupBy(pair => pair.key, pair => pair.item)
            .Select(group => ContactCenterMetrics.Compute(group.Key, group.ToList(), now))
            .OrderByDescending(row => row.Volume).ThenBy(row => row.Key, StringComparer.Ordinal).ToList();

        var everything = await reader.ReadAsync(filter with { From = DateTimeOffset.MinValue, To = DateTimeOffset.MaxValue }, openedInPeriodOnly: false, cancellationToken);
        var queue = new LiveQueue(
            everything.Count(item => item.IsOpen), everything.Count(item => item.IsOpen && item.Agent is null), everything.Count(item => item.IsOpen && item.FirstRepliedAt is null));

        return new ContactCenterReport(
            filter, dimension, ContactCenterMetrics.Compute("All", conversations, now), rows,
            VolumeByDay(conversations, filter),
            conversations.GroupBy(item => item.Sentiment ?? "unknown").Select(group => new NamedCount(group.Key, group.Count())).OrderByDescending(count => count.Count).ToList(),
            conversations.SelectMany(item => item.Labels).GroupBy(label => label.ToName()).Select(group => new NamedCount(group.Key, group.Count()))
                .OrderByDescending(count => count.Count).ThenBy(count => count.Name, StringComparer.Ordinal).Take(8).ToList(),
            await AdverseEventFunnelAsync(conversations, cancellationToken),
            queue);
    }

    private static List<DailyVolume> VolumeByDay(IReadOnlyList<ConversationFact> conversations, ReportFilter filter)
    {
        var counts = conversations.GroupBy(item => DateOnly.FromDateTime(item.OpenedAt.UtcDateTime)).ToDictionary(group => group.Key, group => group.Count());
        var first = DateOnly.FromDateTime(filter.From.UtcDateTime);
        var last = DateOnly.FromDateTime(filter.To.AddTicks(-1).UtcDateTime);
        if (last.DayNumber - first.DayNumber > 366)
        {
            first = counts.Keys.DefaultIfEmpty(last).Min();
        }

        var days = new List<DailyVolume>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(new DailyVolume(day, counts.GetValueOrDefault(day)));
        }

        return days;
    }

    private async Task<AdverseEventFunnel> AdverseEventFunnelAsync(IReadOnlyList<ConversationFact> conversations, CancellationToken cancellationToken)
    {
        var detected = conversations.Where(item => item.Labels.Contains(TriageLabel.AdverseEvent)).Select(item => item.CaseNumber).ToList();
        var intakes = await db.PvIntakes.AsNoTracking().Where(intake => detected.Contains(intake.CaseNumber))
            .Select(intake => new { intake.CaseNumber, intake.HandedOffAt, intake.AckReceivedAt }).ToListAsync(cancellationToken);
        return new AdverseEventFunnel(
            detected.Count,
            intakes.Where(intake => intake.HandedOffAt is not null).Select(intake => intake.CaseNumber).Distinct().Count(),
            intakes.Where(intake => intake.AckReceivedAt is not null).Select(intake => intake.CaseNumber).Distinct().Count());
    }
}
