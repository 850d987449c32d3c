using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Cases;

public sealed record SlaClockDto(SlaClockKind Kind, string Target, string CalendarCode, DateTimeOffset StartedAt, DateTimeOffset WarnAt, DateTimeOffset DueAt, string State, DateTimeOffset? MetAt)
{
    public static SlaClockDto Of(SlaClock clock) => new(clock.Kind, clock.Target, clock.CalendarCode, clock.StartedAt, clock.WarnAt, clock.DueAt, clock.State, clock.MetAt);
}

public sealed record CaseSummaryDto(
    Guid Id, int Number, string ChannelKey, ChannelKind ChannelKind, string Author, string Summary, CaseStatus Status,
    IReadOnlyList<TriageLabel> Labels, Priority Priority, string? Assignee, string? Team, DateTimeOffset OpenedAt,
    DateTimeOffset? NextDueAt, IReadOnlyList<SlaClockDto> Clocks, bool ListeningUnreviewed = false);

public sealed record PostDto(Guid Id, string ExternalId, string Author, string Text, DateTimeOffset PostedAt, DateTimeOffset ReceivedAt, bool IsPublic,
    IReadOnlyList<TriageLabel> Labels, Priority Priority, IReadOnlyList<RuleHit> Evidence, string Classifier, AdverseEventAssessment? AdverseEvent, PostSignals? Signals);

public sealed record ReplyDto(Guid Id, string Text, string JobCode, int TemplateVersion, string SentBy, DateTimeOffset SentAt);

public sealed record NoteDto(Guid Id, string Author, string Text, DateTimeOffset CreatedAt);

public sealed record HistoryDto(long Sequence, DateTimeOffset At, string Actor, string Via, string Action, string? Before, string? After, string? Reason);

public sealed record CaseDetailsDto(
    CaseSummaryDto Case, string ChannelName, IReadOnlyList<EscalationTarget> EscalatedTo, DateTimeOffset? FirstRepliedAt, DateTimeOffset? ResolvedAt,
    IReadOnlyList<PostDto> Posts, IReadOnlyList<ReplyDto> Replies, IReadOnlyList<NoteDto> Notes, IReadOnlyList<HistoryDto> History);
