namespace CareDesk.Domain.Sla;

/// <summary>Turns a <see cref="BusinessCalendar"/>'s local rules into UTC open intervals, one local day at a time.</summary>
internal static class BusinessCalendarIntervals
{
    /// <summary>Scanning this many days in a row without an opening means the calendar can never open.</summary>
    private const int MaxDaysWithoutOpening = 366 * 2;

    /// <summary>One local day's opening hours as UTC instants, [Start, End).</summary>
    public readonly record struct OpenInterval(DateTime Start, DateTime End);

    /// <summary>The calendar's open intervals that end after <paramref name="utc"/>, in order, without end.</summary>
    public static IEnumerable<OpenInterval> OpenIntervalsEndingAfter(BusinessCalendar calendar, DateTime utc)
    {
        var zone = calendar.Zone;
        // Start a day early: DST mapping may pull an interval's UTC bounds across the local date line.
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone)).AddDays(-1);
        var daysWithoutOpening = 0;
        while (true)
        {
            if (calendar.IsWorkingDate(date))
            {
                var midnight = date.ToDateTime(TimeOnly.MinValue);
                var start = ToUtc(midnight + calendar.OpensAt, zone);
                var end = ToUtc(midnight + calendar.ClosesAt, zone);
                if (end > start && end > utc)
                {
                    daysWithoutOpening = 0;
                    yield return new OpenInterval(start, end);
                }
            }

            ThrowIfNeverOpens(++daysWithoutOpening, calendar);
            date = date.AddDays(1);
        }
    }

    /// <summary>The first working, non-holiday date after <paramref name="date"/>.</summary>
    public static DateOnly NextWorkingDate(BusinessCalendar calendar, DateOnly date)
    {
        for (var scanned = 1; ; scanned++)
        {
            ThrowIfNeverOpens(scanned, calendar);
            date = date.AddDays(1);
            if (calendar.IsWorkingDate(date))
            {
                return date;
            }
        }
    }

    /// <summary>
    /// Local wall-clock time to a UTC instant. A time in a spring-forward gap maps to the first valid instant after
    /// the gap; an ambiguous fall-back time maps to the earlier (daylight) instant. The mapping never goes backwards.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        }

        if (!zone.IsInvalidTime(local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }

        // In a gap: the transition lies between (local - offset after) and (local - offset before); find it to the tick.
        var asUtc = DateTime.SpecifyKind(local, DateTimeKind.Utc);
        var offsetBefore = zone.GetUtcOffset(asUtc.AddDays(-1));
        var notYet = (asUtc - zone.GetUtcOffset(asUtc.AddDays(1))).Ticks;
        var already = (asUtc - offsetBefore).Ticks;
        while (already - notYet > 1)
        {
            var middle = notYet + ((already - notYet) / 2);
            if (zone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == offsetBefore)
            {
                notYet = middle;
            }
            else
            {
                already = middle;
            }
        }

        return new DateTime(already, DateTimeKind.Utc);
    }

    private static void ThrowIfNeverOpens(int daysScanned, BusinessCalendar calendar)
    {
        if (daysScanned > MaxDaysWithoutOpening)
        {
            throw new InvalidOperationException(
                $"Calendar '{calendar.Code}' has no open hours in {MaxDaysWithoutOpening} consecutive days.");
        }
    }
}
