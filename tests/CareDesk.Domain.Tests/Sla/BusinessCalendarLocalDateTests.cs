using CareDesk.Domain.Sla;

namespace CareDesk.Domain.Tests.Sla;

public sealed class BusinessCalendarLocalDateTests
{
    private static readonly BusinessCalendar NewYork = BusinessCalendar.Create("US", "US", "America/New_York", TimeSpan.FromHours(8), TimeSpan.FromHours(20),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], []);

    [Fact]
    public void LocalDateOf_WhenUtcHasAlreadyTurnedTheDay_GivesTheMarketsDate() =>
        NewYork.LocalDateOf(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 11, 23));

    [Fact]
    public void LocalDateOf_DuringTheMarketsDay_GivesThatDay() =>
        NewYork.LocalDateOf(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 11, 23));
}
