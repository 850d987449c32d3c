using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Case = CareDesk.Domain.Cases.Case;

namespace CareDesk.Domain.Tests.Cases;

/// <summary>Fixed instants, calendars and screened outcomes for case tests; nothing here reads the clock.</summary>
internal static class CaseTestData
{
    /// <summary>Tuesday 2026-06-09 10:00 UTC.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan NewYorkSummer = TimeSpan.FromHours(-4);

    public static BusinessCalendar AlwaysOpen { get; } = BusinessCalendar.AlwaysOpen("24x7", "x");

    /// <summary>New York, Mon-Fri 09:00-17:00, no holidays.</summary>
    public static BusinessCalendar Us { get; } = BusinessCalendar.Create(
        "US", "US", "America/New_York", TimeSpan.FromHours(9), TimeSpan.FromHours(17),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], []);

    public static TriageOutcome Screened(params TriageLabel[] labels) =>
        TriageOutcome.FromHits(labels.Select(label => new RuleHit("test", label, Priority.Low, "text", 0, 4)), "test");

    /// <summary>A case opened by one post received at <paramref name="receivedAt"/> with the given labels.</summary>
    public static Case CaseWith(DateTimeOffset receivedAt, BusinessCalendar calendar, params TriageLabel[] labels)
    {
        var subject = Case.Open(7, Guid.NewGuid(), "thread-1", "@patient", "Post text", receivedAt);
        subject.AddScreenedPost(Screened(labels), receivedAt, calendar, SlaPolicy.Default);
        return subject;
    }

    public static Case CaseWith(params TriageLabel[] labels) => CaseWith(T0, AlwaysOpen, labels);

    public static SlaClock Clock(this Case subject, SlaClockKind kind) => subject.Clocks.Single(clock => clock.Kind == kind);
}
