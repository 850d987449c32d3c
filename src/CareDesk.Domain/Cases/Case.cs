using CareDesk.Domain.Cases.Rules;
using CareDesk.Domain.Common;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Cases;

/// <summary>One conversation thread in the agent queue, with its labels, status and SLA clocks.</summary>
public sealed partial class Case
{
    public const int MaxSummaryLength = 280;

    private Case()
    {
        ThreadKey = string.Empty;
        Author = string.Empty;
        Summary = string.Empty;
        Labels = [];
        EscalatedTo = [];
        Clocks = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The number people quote ("case 42").</summary>
    public int Number { get; private set; }

    public Guid ChannelId { get; private set; }

    public string ThreadKey { get; private set; }

    public string Author { get; private set; }

    public string Summary { get; private set; }

    public CaseStatus Status { get; private set; }

    public List<TriageLabel> Labels { get; private set; }

    public Priority Priority { get; private set; }

    public string? Assignee { get; private set; }

    public string? Team { get; private set; }

    public List<EscalationTarget> EscalatedTo { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    public DateTimeOffset? FirstRepliedAt { get; private set; }

    /// <summary>The first time a person (not the system) opened the case; written once (R3 awareness).</summary>
    public DateTimeOffset? FirstSeenByHumanAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Opened from a listening hit on a source the company does not own (R13): awareness starts when a person opens it.</summary>
    public bool FromListening { get; private set; }

    /// <summary>R13 "listening - unreviewed": found by listening and not yet opened by a person, so it has no Day 0.</summary>
    public bool IsUnreviewedListeningItem => FromListening && FirstSeenByHumanAt is null;

    /// <summary>Earliest due time of the clocks still open; the queue sorts by it (null sorts last).</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    public List<SlaClock> Clocks { get; private set; }

    public static Case Open(int number, Guid channelId, string threadKey, string author, string text, DateTimeOffset receivedAt, bool fromListening = false) => new()
    {
        FromListening = fromListening,
        Id = Guid.NewGuid(),
        Number = number,
        ChannelId = channelId,
        ThreadKey = threadKey,
        Author = author.Trim(),
        Summary = text.Length > MaxSummaryLength ? text[..MaxSummaryLength] : text,
        Status = CaseStatus.New,
        Priority = Priority.Low,
        OpenedAt = receivedAt,
        LastActivityAt = receivedAt,
    };

    /// <summary>
    /// Adds a screened post: labels and priority only grow; clocks start from the post's receipt time. A customer
    /// writing again ends "waiting" and reopens a resolved case; a new label can only tighten the reply deadline;
    /// every adverse event not already with PV starts a PV hand-off clock (follow-up information goes to PV too).
    /// </summary>
    public void AddScreenedPost(TriageOutcome triage, DateTimeOffset receivedAt, BusinessCalendar calendar, SlaPolicy policy)
    {
        if (Status == CaseStatus.Resolved)
        {
            Status = CaseStatus.Open;
            ResolvedAt = null;
        }
        else if (Status == CaseStatus.Waiting)
        {
            ResumeClocks(receivedAt, calendar);
            Status = CaseStatus.Open;
        }

        Labels = Labels.Union(triage.Labels).Order().ToList();
        if (Labels.Count > 1)
        {
            Labels.Remove(TriageLabel.Other);
        }

        Priority = (Priority)Math.Max((int)Priority, (int)triage.Priority);
        LastActivityAt = receivedAt > LastActivityAt ? receivedAt : LastActivityAt;

        var responseTarget = policy.FirstResponseFor(triage.Labels);
        var openResponse = OpenClocks(SlaClockKind.FirstResponse).FirstOrDefault();
        if (openResponse is null)
        {
            Clocks.Add(SlaClock.Start(Id, SlaClockKind.FirstResponse, receivedAt, calendar, policy.FirstResponseFor(Labels), policy.WarningFraction));
        }
        else
        {
            openResponse.TightenTo(responseTarget.DueFrom(calendar, receivedAt), calendar, policy.WarningFraction);
        }

        if (triage.Has(TriageLabel.AdverseEvent) && !HasOpenClock(SlaClockKind.PvHandoff))
        {
            Clocks.Add(SlaClock.Start(Id, SlaClockKind.PvHandoff, receivedAt, calendar, policy.PvHandoff, policy.WarningFraction));
        }

        RefreshNextDue();
    }

    /// <summary>Records the first human view; false when one was already recorded, so callers audit it once.</summary>
    public bool RecordSeenByHuman(DateTimeOffset at)
    {
        if (FirstSeenByHumanAt is not null)
        {
            return false;
        }

        FirstSeenByHumanAt = at;
        return true;
    }

    public void Assign(string? assignee, string? team, DateTimeOffset at)
    {
        Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        Team = string.IsNullOrWhiteSpace(team) ? null : team.Trim();
        Touch(at);
    }

    public void RecordReply(DateTimeOffset at)
    {
        FirstRepliedAt ??= at;
        foreach (var clock in OpenClocks(SlaClockKind.FirstResponse))
        {
            clock.Meet(at);
        }

        if (Status == CaseStatus.New)
        {
            Status = CaseStatus.Open;
        }

        Touch(at);
    }

    public void Escalate(EscalationTarget target, DateTimeOffset at, BusinessCalendar calendar)
    {
        if (Status == CaseStatus.Waiting)
        {
            ResumeClocks(at, calendar);
        }

        if (!EscalatedTo.Contains(target))
        {
            EscalatedTo.Add(target);
        }

        if (target == EscalationTarget.Pharmacovigilance)
        {
            foreach (var clock in OpenClocks(SlaClockKind.PvHandoff))
            {
                clock.Meet(at);
            }
        }

        Status = CaseStatus.Escalated;
        Touch(at);
    }

    /// <summary>
    /// Closes a possible adverse event that PV intake found not reportable (R8 attempts done): the PV hand-off clock
    /// is met by that decision, so the case can be resolved without an escalation.
    /// </summary>
    public void CloseAsNotReportable(DateTimeOffset at, BusinessCalendar calendar)
    {
        foreach (var clock in OpenClocks(SlaClockKind.PvHandoff))
        {
            clock.Meet(at);
        }

        ChangeStatus(CaseStatus.Resolved, at, calendar);
    }

    public void ChangeStatus(CaseStatus to, DateTimeOffset at, BusinessCalendar calendar)
    {
        BusinessRules.Check(new CaseStatusChangeMustBeAllowedRule(Status, to));
        if (to == CaseStatus.Resolved)
        {
            BusinessRules.Check(new AdverseEventMustReachPharmacovigilanceBeforeResolvingRule(this));
        }

        if (Status == CaseStatus.Waiting)
        {
            ResumeClocks(at, calendar);
        }

        Status = to;
        if (to == CaseStatus.Waiting)
        {
            foreach (var clock in Clocks.Where(clock => clock.IsOpen))
            {
                clock.Pause(at);
            }
        }

        if (to == CaseStatus.Resolved)
        {
            ResolvedAt = at;
            // A case closed without a reply (spam, duplicate) needs no answer: its response clock stops here.
            foreach (var clock in OpenClocks(SlaClockKind.FirstResponse))
            {
                clock.Meet(at);
            }
        }

        Touch(at);
    }

    /// <summary>
    /// A breach raises the case one priority level (up to urgent), so overdue safety work outranks other overdue
    /// work, and a breached chatter post never outranks an on-time crisis.
    /// </summary>
    public void EscalatePriorityForBreach(DateTimeOffset at)
    {
        Priority = (Priority)Math.Min((int)Priority.Urgent, (int)Priority + 1);
        Touch(at);
    }

    /// <summary>Starts a regulatory clock (Medical Information response, Field Alert) unless one of that kind is already running.</summary>
    public void StartClock(SlaClockKind kind, DateTimeOffset startedAt, BusinessCalendar calendar, SlaTarget target, double warningFraction, DateTimeOffset at)
    {
        if (!HasOpenClock(kind))
        {
            Clocks.Add(SlaClock.Start(Id, kind, startedAt, calendar, target, warningFraction));
        }

        Touch(at);
    }

    public void MeetClocks(SlaClockKind kind, DateTimeOffset at)
    {
        foreach (var clock in OpenClocks(kind))
        {
            clock.Meet(at);
        }

        Touch(at);
    }

    public bool HasOpenClock(SlaClockKind kind) => OpenClocks(kind).Any();

    private void ResumeClocks(DateTimeOffset at, BusinessCalendar calendar)
    {
        foreach (var clock in Clocks.Where(clock => clock.Status == SlaClockStatus.Paused))
        {
            clock.Resume(at, calendar);
        }
    }

    private IEnumerable<SlaClock> OpenClocks(SlaClockKind kind) => Clocks.Where(clock => clock.Kind == kind && clock.IsOpen);

    private void Touch(DateTimeOffset at)
    {
        LastActivityAt = at > LastActivityAt ? at : LastActivityAt;
        RefreshNextDue();
    }

    private void RefreshNextDue() =>
        NextDueAt = Clocks.Where(clock => clock.Status == SlaClockStatus.Running).Select(clock => (DateTimeOffset?)clock.DueAt).Min();
}
