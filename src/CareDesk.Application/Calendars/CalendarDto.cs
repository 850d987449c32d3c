using CareDesk.Domain.Sla;

namespace CareDesk.Application.Calendars;

public sealed record CalendarDto(string Code, string Name, string TimeZoneId, TimeSpan OpensAt, TimeSpan ClosesAt, IReadOnlyList<DayOfWeek> WorkingDays, IReadOnlyList<DateOnly> Holidays)
{
    public static CalendarDto Of(BusinessCalendar calendar) =>
        new(calendar.Code, calendar.Name, calendar.TimeZoneId, calendar.OpensAt, calendar.ClosesAt, calendar.WorkingDays, calendar.Holidays);
}
