namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// The regulatory due date counted in calendar days from Day 0 (R4): expedited for serious cases, otherwise the
/// non-expedited period. Weekends and holidays count, and nothing pauses it (R54).
/// </summary>
public sealed record ReportingDeadline(DateOnly Day0, DateOnly DueOn, bool Expedited)
{
    public static ReportingDeadline From(DateOnly day0, bool serious, ReportingPeriods periods) =>
        new(day0, day0.AddDays(serious ? periods.ExpeditedDays : periods.NonExpeditedDays), serious);

    public int DaysLeft(DateOnly today) => DueOn.DayNumber - today.DayNumber;
}

/// <summary>Calendar days from Day 0 to the due date; configuration, not code, so a jurisdiction can change them.</summary>
public sealed record ReportingPeriods(int ExpeditedDays, int NonExpeditedDays)
{
    public static ReportingPeriods Default { get; } = new(15, 90);
}
