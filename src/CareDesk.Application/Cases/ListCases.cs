using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Security;
using CareDesk.Application.Training;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Cases;

public sealed record ListCasesQuery(CaseStatus? Status = null, TriageLabel? Label = null, string? Channel = null, string? Assignee = null, bool IncludeResolved = false, int Take = 200);

/// <summary>The agent queue: open cases first by SLA due time (soonest first), then priority, then age.</summary>
public sealed class ListCasesHandler(IAppDbContext db, ICurrentActor actor, TrainingGate training)
{
    public async Task<IReadOnlyList<CaseSummaryDto>> HandleAsync(ListCasesQuery query, CancellationToken cancellationToken)
    {
        await training.RequireCurrentAsync("work the triage queue", null, cancellationToken);
        var cases = db.Cases.AsNoTracking().Include(item => item.Clocks).AsQueryable();
        if (query.Status is { } status)
        {
            cases = cases.Where(item => item.Status == status);
        }
        else if (!query.IncludeResolved)
        {
            cases = cases.Where(item => item.Status != CaseStatus.Resolved);
        }

        if (!actor.CanSeeMedicalInformation())
        {
            // The same test as Case.IsMedicalInformationRequest, written so SQLite can run it (R20).
            cases = cases.Where(item => !item.Labels.Contains(TriageLabel.MedicalInquiry) && !item.Labels.Contains(TriageLabel.OffLabel)
                && !item.EscalatedTo.Contains(EscalationTarget.MedicalInformation));
        }

        if (query.Label is { } label)
        {
            cases = cases.Where(item => item.Labels.Contains(label));
        }

        if (!string.IsNullOrWhiteSpace(query.Channel))
        {
            var key = query.Channel.Trim().ToLowerInvariant();
            cases = cases.Where(item => db.Channels.Any(channel => channel.Id == item.ChannelId && channel.Key == key));
        }

        if (!string.IsNullOrWhiteSpace(query.Assignee))
        {
            cases = cases.Where(item => item.Assignee == query.Assignee.Trim().ToLowerInvariant());
        }

        var page = await cases
            .OrderBy(item => item.NextDueAt == null)
            .ThenBy(item => item.NextDueAt)
            .ThenByDescending(item => item.Priority)
            .ThenBy(item => item.OpenedAt)
            .Take(Math.Clamp(query.Take, 1, 1000))
            .ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().ToDictionaryAsync(channel => channel.Id, cancellationToken);
        var summaries = page.Select(item => ToSummary(item, channels[item.ChannelId]));
        return actor.CanSeePvData() ? summaries.ToList() : summaries.Select(MinimumNecessaryView.Mask).ToList();
    }

    internal static CaseSummaryDto ToSummary(Case item, Channel channel) => new(
        item.Id, item.Number, channel.Key, channel.Kind, item.Author, item.Summary, item.Status, item.Labels, item.Priority,
        item.Assignee, item.Team, item.OpenedAt, item.NextDueAt,
        item.Clocks.OrderBy(clock => clock.Kind).Select(SlaClockDto.Of).ToList(), item.IsUnreviewedListeningItem);
}
