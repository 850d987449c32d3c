using CareDesk.Domain.Sla;

namespace CareDesk.Domain.Tests.Sla;

public sealed class WorkingDaysToEndOfDayTests
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Fact]
    public void Three_working_days_from_friday_end_when_wednesday_closes_and_a_holiday_moves_it_a_day()
    {
        var plain = BusinessCalendar.Create("UK", "United Kingdom", "Europe/London", TimeSpan.FromHours(9), TimeSpan.FromHours(17.5), Weekdays, []);
        var withHoliday = BusinessCalendar.Create("UK", "United Kingdom", "Europe/London", TimeSpan.FromHours(9), TimeSpan.FromHours(17.5), Weekdays, [new DateOnly(2026, 12, 8)]);
        var friday = new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

        SlaTarget.WorkingDaysToEndOfDay(3).DueFrom(plain, friday).ShouldBe(new DateTimeOffset(2026, 12, 9, 17, 30, 0, TimeSpan.Zero));
        SlaTarget.WorkingDaysToEndOfDay(3).DueFrom(withHoliday, friday).ShouldBe(new DateTimeOffset(2026, 12, 10, 17, 30, 0, TimeSpan.Zero));
        SlaTarget.WorkingDaysToEndOfDay(3).ToString().ShouldBe("3 business day(s), end of day");
    }
}
