using CareDesk.Domain.Pharmacovigilance;
using static CareDesk.Domain.Tests.Pharmacovigilance.PvIntakeTestData;

namespace CareDesk.Domain.Tests.Pharmacovigilance;

public sealed class ReportingDeadlineTests
{
    [Theory]
    [InlineData("2025-03-01", true, "2025-03-16")]
    [InlineData("2025-03-01", false, "2025-05-30")]
    [InlineData("2025-12-25", true, "2026-01-09")]
    public void R4_due_date_counts_calendar_days_from_day0_15_for_serious_90_otherwise(string day0, bool serious, string due)
    {
        var deadline = ReportingDeadline.From(DateOnly.Parse(day0, System.Globalization.CultureInfo.InvariantCulture), serious, ReportingPeriods.Default);

        deadline.DueOn.ShouldBe(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        deadline.Expedited.ShouldBe(serious);
    }

    [Fact]
    public void R4_reporting_periods_come_from_configuration_not_code()
    {
        var deadline = ReportingDeadline.From(new DateOnly(2025, 3, 1), serious: true, new ReportingPeriods(ExpeditedDays: 7, NonExpeditedDays: 30));

        deadline.DueOn.ShouldBe(new DateOnly(2025, 3, 8));
    }

    [Fact]
    public void R4_day0_is_the_date_in_the_reporting_time_zone()
    {
        var intake = NewIntake();
        intake.Review(AllFour(new Seriousness(false, true, false, false, false, false)), SaturdayLate, "alice", SaturdayLate.AddDays(2));

        intake.Deadline(TimeZoneInfo.Utc, ReportingPeriods.Default)!.Day0.ShouldBe(new DateOnly(2025, 3, 1));
        intake.Deadline(TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2"), ReportingPeriods.Default)!.Day0
            .ShouldBe(new DateOnly(2025, 3, 2));
    }
}
