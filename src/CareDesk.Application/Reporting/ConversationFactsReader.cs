using CareDesk.Application.Abstractions;
using CareDesk.Application.Listening;
using CareDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting;

/// <summary>
/// Loads the conversations a filter selects, with their channel, brand, clocks, reply count and latest sentiment. Authors get
/// the same keyed pseudonym as in listening analytics (R43b), so one person is one pseudonym across every analytics view.
/// </summary>
public sealed class ConversationFactsReader(IAppDbContext db, AuthorPseudonyms pseudonyms)
{
    public const string PhoneChannel = "phone";

    public async Task<IReadOnlyList<ConversationFact>> ReadAsync(ReportFilter filter, bool openedInPeriodOnly, CancellationToken cancellationToken)
    {
        var channels = await (from channel in db.Channels.AsNoTracking()
                              join brand in db.Brands.AsNoTracking() on channel.BrandId equals brand.Id
                              select new { channel.Id, channel.Key, channel.Kind, Brand = brand.Name }).ToDictionaryAsync(row => row.Id, cancellationToken);
        var channelIds = channels.Values
            .Where(channel => filter.Channel is null || channel.Key == filter.Channel)
            .Where(channel => filter.Brand is null || channel.Brand == filter.Brand)
            .Select(channel => channel.Id).ToList();

        var cases = db.Cases.AsNoTracking().Include(item => item.Clocks).Where(item => channelIds.Contains(item.ChannelId));
        if (openedInPeriodOnly)
        {
            cases = cases.Where(item => item.OpenedAt >= filter.From && item.OpenedAt < filter.To);
        }

        if (filter.Team is not null)
        {
            cases = cases.Where(item => item.Team == filter.Team);
        }

        if (filter.Agent is not null)
        {
            cases = cases.Where(item => item.Assignee == filter.Agent);
        }

        var loaded = (await cases.ToListAsync(cancellationToken))
            .Where(item => filter.Label is null || item.Labels.Contains(filter.Label.Value)).ToList();
        var caseIds = loaded.Select(item => item.Id).ToList();
        var replies = await db.Replies.AsNoTracking().Where(reply => caseIds.Contains(reply.CaseId))
            .GroupBy(reply => reply.CaseId).Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
        var sentiments = (await db.Posts.AsNoTracking().Where(post => caseIds.Contains(post.CaseId))
                .Select(post => new { post.CaseId, post.ReceivedAt, post.Signals }).ToListAsync(cancellationToken))
            .GroupBy(post => post.CaseId)
            .ToDictionary(group => group.Key, group => group.OrderBy(post => post.ReceivedAt).LastOrDefault(post => post.Signals is not null)?.Signals?.Sentiment);

        var surveys = await db.CsatSurveys.AsNoTracking().Where(survey => caseIds.Contains(survey.CaseId))
            .Select(survey => new { survey.CaseId, survey.Delivery, survey.Score }).ToListAsync(cancellationToken);
        var csat = surveys.ToDictionary(survey => survey.CaseId, survey => new CsatFact(survey.Delivery == Domain.Csat.CsatDelivery.SentPrivately, survey.Score));

        var social = loaded.OrderBy(item => item.Number).Select(item =>
        {
            var channel = channels[item.ChannelId];
            return new ConversationFact(
                item.Number, channel.Key, channel.Kind.ToString().ToLowerInvariant(), channel.Brand, item.Team, item.Assignee, item.Status, item.Labels,
                item.OpenedAt, item.FirstRepliedAt, item.ResolvedAt, replies.GetValueOrDefault(item.Id),
                item.Clocks.Select(clock => new ClockFact(clock.Kind, clock.DueAt, clock.MetAt, clock.BreachedAt)).ToList(),
                pseudonyms.Of(channel.Kind, item.Author), sentiments.GetValueOrDefault(item.Id), Csat: csat.GetValueOrDefault(item.Id));
        });
        return [.. social, .. await PhoneAsync(filter, openedInPeriodOnly, cancellationToken)];
    }

    /// <summary>
    /// Imported call-centre interactions, reported beside social as channel "phone": answered counts as the first response,
    /// the end of the call as resolution; a call has no reply count, SLA clocks, author or sentiment.
    /// </summary>
    private async Task<IEnumerable<ConversationFact>> PhoneAsync(ReportFilter filter, bool openedInPeriodOnly, CancellationToken cancellationToken)
    {
        if (filter.Channel is not null && filter.Channel != PhoneChannel)
        {
            return [];
        }

        var calls = db.CallCenterInteractions.AsNoTracking();
        if (openedInPeriodOnly)
        {
            calls = calls.Where(call => call.StartedAt >= filter.From && call.StartedAt < filter.To);
        }

        if (filter.Brand is not null)
        {
            calls = calls.Where(call => call.Brand == filter.Brand);
        }

        if (filter.Team is not null)
        {
            calls = calls.Where(call => call.Team == filter.Team);
        }

        if (filter.Agent is not null)
        {
            calls = calls.Where(call => call.Agent == filter.Agent);
        }

        return (await calls.OrderBy(call => call.StartedAt).ToListAsync(cancellationToken))
            .Where(call => filter.Label is null || call.Labels.Contains(filter.Label.Value))
            .Select(call => new ConversationFact(0, PhoneChannel, PhoneChannel, call.Brand, call.Team, call.Agent, call.EndedAt is null ? CaseStatus.Open : CaseStatus.Resolved,
                call.Labels, call.StartedAt, call.AnsweredAt, call.EndedAt, 0, [], string.Empty, null, call.InteractionId));
    }
}
