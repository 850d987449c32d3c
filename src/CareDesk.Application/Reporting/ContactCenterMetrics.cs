using CareDesk.Domain.Sla;

namespace CareDesk.Application.Reporting;

/// <summary>
/// The contact-centre figures for one group of conversations. Times are in minutes (mean over the conversations that
/// have them); SLA compliance is the percentage of decided clocks that were kept, null where none was decided yet.
/// </summary>
public sealed record MetricsRow(
    string Key,
    int Volume,
    double? MeanFirstResponseMinutes,
    double? MeanResolutionMinutes,
    double RepliesPerCase,
    double? FirstResponseCompliancePercent,
    double? PvHandoffCompliancePercent,
    double? MedInfoCompliancePercent,
    int Open,
    int Unassigned,
    int Unattended,
    double? AverageCsat = null,
    int CsatResponses = 0,
    double? CsatResponseRatePercent = null);

/// <summary>The arithmetic of the contact-centre report, kept apart from loading so it can be checked by hand.</summary>
public static class ContactCenterMetrics
{
    public static MetricsRow Compute(string key, IReadOnlyCollection<ConversationFact> conversations, DateTimeOffset now) => new(
        key,
        conversations.Count,
        MeanMinutes(conversations.Select(item => item.FirstResponseTime)),
        MeanMinutes(conversations.Select(item => item.ResolutionTime)),
        conversations.Count == 0 ? 0 : Math.Round((double)conversations.Sum(item => item.Replies) / conversations.Count, 2),
        CompliancePercent(conversations, SlaClockKind.FirstResponse, now),
        CompliancePercent(conversations, SlaClockKind.PvHandoff, now),
        CompliancePercent(conversations, SlaClockKind.MedInfoResponse, now),
        conversations.Count(item => item.IsOpen),
        conversations.Count(item => item.IsOpen && item.Agent is null),
        conversations.Count(item => item.IsOpen && item.FirstRepliedAt is null),
        AverageCsat(conversations),
        conversations.Count(item => item.Csat?.Score is not null),
        CsatResponseRate(conversations));

    public static double? AverageCsat(IEnumerable<ConversationFact> conversations)
    {
        var scores = conversations.Select(item => item.Csat?.Score).OfType<int>().ToList();
        return scores.Count == 0 ? null : Math.Round(scores.Average(), 2);
    }

    public static double? CsatResponseRate(IEnumerable<ConversationFact> conversations)
    {
        var sent = conversations.Where(item => item.Csat is { Sent: true }).ToList();
        return sent.Count == 0 ? null : Math.Round(100.0 * sent.Count(item => item.Csat!.Score is not null) / sent.Count, 1);
    }

    public static double? CompliancePercent(IEnumerable<ConversationFact> conversations, SlaClockKind kind, DateTimeOffset now)
    {
        var decided = conversations.SelectMany(item => item.Clocks).Where(clock => clock.Kind == kind && clock.IsDecided(now)).ToList();
        return decided.Count == 0 ? null : Math.Round(100.0 * decided.Count(clock => clock.Kept) / decided.Count, 1);
    }

    /// <summary>The keys a conversation is counted under for a dimension; a conversation with two labels counts under both.</summary>
    public static IEnumerable<string> KeysFor(ConversationFact conversation, ReportDimension dimension) => dimension switch
    {
        ReportDimension.Channel => [conversation.ChannelKey],
        ReportDimension.Team => [conversation.Team ?? "(no team)"],
        ReportDimension.Agent => [conversation.Agent ?? "(unassigned)"],
        ReportDimension.Brand => [conversation.Brand],
        ReportDimension.Label => conversation.Labels.Count == 0 ? ["(none)"] : conversation.Labels.Select(label => Domain.Triage.TriageLabelNames.ToName(label)),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static double? MeanMinutes(IEnumerable<TimeSpan?> times)
    {
        var known = times.OfType<TimeSpan>().ToList();
        return known.Count == 0 ? null : Math.Round(known.Average(time => time.TotalMinutes), 1);
    }
}
