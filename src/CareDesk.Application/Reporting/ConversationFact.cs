using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Reporting;

/// <summary>One service clock as reporting needs it: whether it was kept is decided by MetAt against DueAt and a breach.</summary>
public sealed record ClockFact(SlaClockKind Kind, DateTimeOffset DueAt, DateTimeOffset? MetAt, DateTimeOffset? BreachedAt)
{
    /// <summary>Met in time, never breached.</summary>
    public bool Kept => MetAt is { } met && met <= DueAt && BreachedAt is null;

    /// <summary>Either kept, or missed (breached, met late, or still open past its due time at <paramref name="now"/>); open clocks still on time are undecided.</summary>
    public bool IsDecided(DateTimeOffset now) => MetAt is not null || BreachedAt is not null || now >= DueAt;
}

/// <summary>The case's satisfaction survey: whether it reached the person, and their 1-5 score once they answered.</summary>
public sealed record CsatFact(bool Sent, int? Score);

/// <summary>
/// One conversation (case) with what the reports count. The author appears only as a pseudonym (R43b): reports and
/// exports outside pharmacovigilance never need the handle (R43d). A phone call has case number 0 and its call-centre
/// interaction id as ExternalReference.
/// </summary>
public sealed record ConversationFact(
    int CaseNumber,
    string ChannelKey,
    string ChannelKind,
    string Brand,
    string? Team,
    string? Agent,
    CaseStatus Status,
    IReadOnlyList<TriageLabel> Labels,
    DateTimeOffset OpenedAt,
    DateTimeOffset? FirstRepliedAt,
    DateTimeOffset? ResolvedAt,
    int Replies,
    IReadOnlyList<ClockFact> Clocks,
    string AuthorPseudonym,
    string? Sentiment,
    string? ExternalReference = null,
    CsatFact? Csat = null)
{
    public TimeSpan? FirstResponseTime => FirstRepliedAt - OpenedAt;

    public TimeSpan? ResolutionTime => ResolvedAt - OpenedAt;

    public bool IsOpen => Status != CaseStatus.Resolved;
}
