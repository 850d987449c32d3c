using CareDesk.Domain.Common;
using CareDesk.Domain.Sla.Rules;

namespace CareDesk.Domain.Sla;

/// <summary>
/// A market's business hours (time zone, daily opening hours, working days, holidays) and the SLA arithmetic on them.
/// Business time is measured in real elapsed UTC time, not in wall-clock hours: an SLA promises a customer (and a
/// regulator, for adverse-event reports) an amount of real time, so on a daylight-saving change day the desk is
/// genuinely open an hour less or more, and clocks in different markets stay comparable.
/// All results are UTC instants (offset zero); no method reads the current time.
/// </summary>
public sealed class BusinessCalendar
{
    public const int MaxCodeLength = 16;
    public const int MaxNameLength = 100;

    private TimeZoneInfo? _zone;

    private BusinessCalendar()
    {
        Code = string.Empty;
        Name = string.Empty;
        TimeZoneId = string.Empty;
        WorkingDays = [];
        Holidays = [];
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>IANA time zone id, e.g. "America/New_York".</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Local time of day the desk opens.</summary>
    public TimeSpan OpensAt { get; private set; }

    /// <summary>Local time of day the desk closes; 24:00 is midnight at the end of the day.</summary>
    public TimeSpan ClosesAt { get; private set; }

    public List<DayOfWeek> WorkingDays { get; private set; }

    /// <summary>Local dates on which the desk is closed all day.</summary>
    public List<DateOnly> Holidays { get; private set; }

    internal TimeZoneInfo Zone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static BusinessCalendar Create(
        string code,
        string name,
        string timeZoneId,
        TimeSpan opensAt,
        TimeSpan closesAt,
        IEnumerable<DayOfWeek> workingDays,
        IEnumerable<DateOnly> holidays)
    {
        BusinessRules.Check(new CalendarCodeMustBeValidRule(code));
        var calendar = new BusinessCalendar { Code = code };
        calendar.Update(name, timeZoneId, opensAt, closesAt, workingDays, holidays);
        return calendar;
    }

    /// <summary>A UTC calendar open 00:00-24:00 every day with no holidays: business time equals elapsed time.</summary>
    public static BusinessCalendar AlwaysOpen(string code, string name) =>
        Create(code, name, "UTC", TimeSpan.Zero, TimeSpan.FromHours(24), Enum.GetValues<DayOfWeek>(), []);

    public void Update(
        string name,
        string timeZoneId,
        TimeSpan opensAt,
        TimeSpan closesAt,
        IEnumerable<DayOfWeek> workingDays,
        IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(holidays);
        var days = workingDays.Distinct().Order().ToList();
        BusinessRules.Check(new CalendarNameMustBeValidRule(name));
        BusinessRules.Check(new CalendarTimeZoneMustBeKnownRule(timeZoneId));
        BusinessRules.Check(new CalendarHoursMustBeValidRule(opensAt, closesAt));
        BusinessRules.Check(new CalendarMustHaveWorkingDaysRule(days));

        Name = name;
        TimeZoneId = timeZoneId;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        WorkingDays = days;
        Holidays = [.. holidays.Distinct().Order()];
        _zone = null;
    }

    /// <summary>The calendar date in this market at <paramref name="instant"/> (what "expires on 2026-12-31" means there).</summary>
    public DateOnly LocalDateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, Zone));

    /// <summary>Closing time of <paramref name="date"/> in this market (midnight after it for a calendar open all day).</summary>
    public DateTimeOffset EndOfBusinessDay(DateOnly date) =>
        AsUtc(BusinessCalendarIntervals.ToUtc(date.ToDateTime(TimeOnly.MinValue) + (ClosesAt > OpensAt ? ClosesAt : TimeSpan.FromDays(1)), Zone));

    public bool IsBusinessTime(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return BusinessCalendarIntervals.OpenIntervalsEndingAfter(this, utc).First().Start <= utc;
    }

    /// <summary>The instant itself when the desk is open then, otherwise the next opening.</summary>
    public DateTimeOffset NextBusinessMoment(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var interval = BusinessCalendarIntervals.OpenIntervalsEndingAfter(this, utc).First();
        return AsUtc(Later(interval.Start, utc));
    }

    /// <summary>
    /// Consumes <paramref name="duration"/> of open time from <paramref name="start"/> (or from the next opening).
    /// A result exactly at a closing time is that closing instant, not the next opening.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var from = start.UtcDateTime;
        var remaining = duration;
        foreach (var interval in BusinessCalendarIntervals.OpenIntervalsEndingAfter(this, from))
        {
            var begin = Later(interval.Start, from);
            var available = interval.End - begin;
            if (remaining <= available)
            {
                return AsUtc(begin + remaining);
            }

            remaining -= available;
        }

        throw new InvalidOperationException("The open intervals of a calendar never run out.");
    }

    /// <summary>
    /// The same local time of day, <paramref name="days"/> working days after the next business moment of
    /// <paramref name="start"/>; zero days gives that business moment itself.
    /// </summary>
    public DateTimeOffset AddBusinessDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var first = NextBusinessMoment(start);
        if (days == 0)
        {
            return first;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(first.UtcDateTime, Zone);
        var date = DateOnly.FromDateTime(local);
        for (var moved = 0; moved < days; moved++)
        {
            date = BusinessCalendarIntervals.NextWorkingDate(this, date);
        }

        return AsUtc(BusinessCalendarIntervals.ToUtc(date.ToDateTime(TimeOnly.MinValue) + local.TimeOfDay, Zone));
    }

    /// <summary>Open time inside [<paramref name="from"/>, <paramref name="to"/>); zero when to is not after from.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var (begin, end) = (from.UtcDateTime, to.UtcDateTime);
        var total = TimeSpan.Zero;
        foreach (var interval in BusinessCalendarIntervals.OpenIntervalsEndingAfter(this, begin))
        {
            if (interval.Start >= end)
            {
                break;
            }

            total += (interval.End < end ? interval.End : end) - Later(interval.Start, begin);
        }

        return total;
    }

    internal bool IsWorkingDate(DateOnly date) => WorkingDays.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
