using CareDesk.Application.Abstractions;
using CareDesk.Application.Cases;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record FindDuplicateCandidatesQuery(int CaseNumber, int WindowDays = 30);

/// <summary>Other adverse-event cases within the window that may report the same event (R16); suggestions only.</summary>
public sealed class FindDuplicateCandidatesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<DuplicateCandidateDto>> HandleAsync(FindDuplicateCandidatesQuery query, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(query.CaseNumber, cancellationToken);
        var from = subject.OpenedAt.AddDays(-query.WindowDays);
        var to = subject.OpenedAt.AddDays(query.WindowDays);
        var others = (await db.Cases.AsNoTracking().Where(item => item.Id != subject.Id && item.OpenedAt >= from && item.OpenedAt <= to).ToListAsync(cancellationToken))
            .Where(item => item.Labels.Contains(TriageLabel.AdverseEvent));
        var channels = await db.Channels.AsNoTracking().ToDictionaryAsync(channel => channel.Id, channel => channel.Name, cancellationToken);
        return others
            .Select(other => (other, reason: DuplicateMatcher.ReasonToSuspect(subject.Author, subject.Summary, other.Author, other.Summary)))
            .Where(pair => pair.reason is not null)
            .OrderBy(pair => pair.other.Number)
            .Select(pair => new DuplicateCandidateDto(pair.other.Number, pair.other.Author, channels[pair.other.ChannelId], pair.other.Summary, pair.reason!))
            .ToList();
    }
}
