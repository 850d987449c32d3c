namespace CareDesk.Domain.Sla;

/// <summary>
/// One running service clock on a case. Deadlines are data (DueAt/WarnAt) so a sweeper can find them;
/// the clock itself is pure and takes "now" from its caller.
/// </summary>
public sealed class SlaClock
{
    private SlaClock()
    {
        CalendarCode = string.Empty;
        Target = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public SlaClockKind Kind { get; private set; }

    public string CalendarCode { get; private set; }

    /// <summary>Human-readable target, e.g. "1 business hour(s)".</summary>
    public string Target { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset WarnAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public SlaClockStatus Status { get; private set; }

    public DateTimeOffset? WarnedAt { get; private set; }

    public DateTimeOffset? BreachedAt { get; private set; }

    public DateTimeOffset? MetAt { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }

    public bool IsOpen => Status != SlaClockStatus.Met;

    public bool CanPause => Kind == SlaClockKind.FirstResponse;

    public static SlaClock Start(Guid caseId, SlaClockKind kind, DateTimeOffset startedAt, BusinessCalendar calendar, SlaTarget target, double warningFraction)
    {
        var due = target.DueFrom(calendar, startedAt);
        var warnAfter = calendar.BusinessTimeBetween(startedAt, due) * Math.Clamp(warningFraction, 0, 1);
        return new SlaClock
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Kind = kind,
            CalendarCode = calendar.Code,
            Target = target.ToString(),
            StartedAt = startedAt,
            DueAt = due,
            WarnAt = calendar.AddBusinessTime(startedAt, warnAfter),
            Status = SlaClockStatus.Running,
        };
    }

    /// <summary>Brings the deadline forward when a tighter target now applies (e.g. an adverse event joins a thread); never later.</summary>
    public void TightenTo(DateTimeOffset due, BusinessCalendar calendar, double warningFraction)
    {
        if (!IsOpen || due >= DueAt)
        {
            return;
        }

        DueAt = due;
        if (WarnedAt is null)
        {
            var warnAfter = calendar.BusinessTimeBetween(StartedAt, due) * Math.Clamp(warningFraction, 0, 1);
            WarnAt = calendar.AddBusinessTime(StartedAt, warnAfter);
        }
    }

    /// <summary>Raises the warning and then the breach once each, when their time has come.</summary>
    public IReadOnlyList<SlaAlertKind> Sweep(DateTimeOffset now)
    {
        if (Status != SlaClockStatus.Running)
        {
            return [];
        }

        var raised = new List<SlaAlertKind>();
        if (WarnedAt is null && now >= WarnAt)
        {
            WarnedAt = now;
            raised.Add(SlaAlertKind.Warning);
        }

        if (BreachedAt is null && now >= DueAt)
        {
            BreachedAt = now;
            raised.Add(SlaAlertKind.Breach);
        }

        return raised;
    }

    public void Meet(DateTimeOffset at)
    {
        if (Status == SlaClockStatus.Met)
        {
            return;
        }

        Status = SlaClockStatus.Met;
        MetAt = at;
        PausedAt = null;
    }

    public void Pause(DateTimeOffset at)
    {
        if (Status == SlaClockStatus.Running && CanPause)
        {
            Status = SlaClockStatus.Paused;
            PausedAt = at;
        }
    }

    /// <summary>Moves warning and due time later by the business time spent paused.</summary>
    public void Resume(DateTimeOffset at, BusinessCalendar calendar)
    {
        if (Status != SlaClockStatus.Paused || PausedAt is not { } pausedAt)
        {
            return;
        }

        var paused = calendar.BusinessTimeBetween(pausedAt, at);
        DueAt = calendar.AddBusinessTime(DueAt, paused);
        WarnAt = WarnedAt is null ? calendar.AddBusinessTime(WarnAt, paused) : WarnAt;
        Status = SlaClockStatus.Running;
        PausedAt = null;
    }

    /// <summary>What a person sees: met, breached, warning, paused or on track.</summary>
    public string State => Status switch
    {
        SlaClockStatus.Met => BreachedAt is null ? "met" : "met late",
        SlaClockStatus.Paused => "paused",
        SlaClockStatus.Running => BreachedAt is not null ? "breached" : WarnedAt is not null ? "warning" : "on track",
    };
}
