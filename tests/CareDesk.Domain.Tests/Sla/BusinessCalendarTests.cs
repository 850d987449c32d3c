using System.Globalization;
using CareDesk.Domain.Common;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Sla.Rules;

namespace CareDesk.Domain.Tests.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly DayOfWeek[] AllDays = Enum.GetValues<DayOfWeek>();

    private static readonly DateOnly Thanksgiving2026 = new(2026, 11, 26);

    // ---- calendars -------------------------------------------------------------------------------------------

    /// <summary>New York, Mon-Fri 09:00-17:00, Thanksgiving and Christmas 2026 closed.</summary>
    private static BusinessCalendar Us() => BusinessCalendar.Create(
        "US", "United States", "America/New_York", Hours(9), Hours(17), Weekdays, [Thanksgiving2026, new(2026, 12, 25)]);

    private static BusinessCalendar NewYork24x7() => BusinessCalendar.Create(
        "NY24x7", "New York round the clock", "America/New_York", TimeSpan.Zero, Hours(24), AllDays, []);

    /// <summary>New York night desk 01:00-04:00 every day: its hours contain both US DST transitions (02:00).</summary>
    private static BusinessCalendar NewYorkNight() => BusinessCalendar.Create(
        "NYNIGHT", "New York night desk", "America/New_York", Hours(1), Hours(4), AllDays, []);

    /// <summary>New York 02:30-05:00 every day: on 2026-03-08 the opening time does not exist locally.</summary>
    private static BusinessCalendar NewYorkGapOpening() => BusinessCalendar.Create(
        "NYGAP", "New York early desk", "America/New_York", Hours(2.5), Hours(5), AllDays, []);

    /// <summary>Berlin, Mon-Fri 08:00-18:00, Christmas Day 2026 closed.</summary>
    private static BusinessCalendar Germany() => BusinessCalendar.Create(
        "DE", "Germany", "Europe/Berlin", Hours(8), Hours(18), Weekdays, [new(2026, 12, 25), new(2026, 12, 26)]);

    private static BusinessCalendar ByCode(string code) => code switch
    {
        "US" => Us(),
        "NY24x7" => NewYork24x7(),
        "NYNIGHT" => NewYorkNight(),
        "NYGAP" => NewYorkGapOpening(),
        "DE" => Germany(),
        _ => BusinessCalendar.AlwaysOpen(code, "Always open"),
    };

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static void ShouldBeUtc(DateTimeOffset actual, string expectedUtc)
    {
        actual.Offset.ShouldBe(TimeSpan.Zero);
        actual.ShouldBe(At(expectedUtc));
    }

    private static BusinessRuleViolationException CreateShouldBreak(
        string code = "US",
        string name = "United States",
        string timeZoneId = "America/New_York",
        double opensAt = 9,
        double closesAt = 17,
        DayOfWeek[]? workingDays = null) =>
        Should.Throw<BusinessRuleViolationException>(() => BusinessCalendar.Create(
            code, name, timeZoneId, Hours(opensAt), Hours(closesAt), workingDays ?? Weekdays, []));

    // ---- validation ------------------------------------------------------------------------------------------

    [Fact]
    public void Create_WhenTimeZoneUnknown_ThrowsTimeZoneRuleNamingTimeZoneIdField()
    {
        var ex = CreateShouldBreak(timeZoneId: "Mars/Olympus");

        ex.Rule.ShouldBeOfType<CalendarTimeZoneMustBeKnownRule>();
        ex.Rule.Field.ShouldBe("timeZoneId");
        ex.Message.ShouldBe("Time zone 'Mars/Olympus' is not a known IANA time zone.");
    }

    [Theory]
    [InlineData("Eastern Standard Time")]
    [InlineData("")]
    [InlineData("america/new york")]
    public void Create_WhenTimeZoneNotAnIanaId_ThrowsTimeZoneRule(string timeZoneId)
    {
        var ex = CreateShouldBreak(timeZoneId: timeZoneId);

        ex.RuleName.ShouldBe(nameof(CalendarTimeZoneMustBeKnownRule));
    }

    [Theory]
    [InlineData(17, 9)]
    [InlineData(9, 9)]
    public void Create_WhenClosesAtNotAfterOpensAt_ThrowsHoursRuleNamingClosesAt(double opensAt, double closesAt)
    {
        var ex = CreateShouldBreak(opensAt: opensAt, closesAt: closesAt);

        ex.Rule.ShouldBeOfType<CalendarHoursMustBeValidRule>();
        ex.Rule.Field.ShouldBe("closesAt");
        ex.Message.ShouldContain("must be later than opening time");
    }

    [Fact]
    public void Create_WhenClosesAtAfterMidnight_ThrowsHoursRuleNamingTheValue()
    {
        var ex = CreateShouldBreak(closesAt: 25);

        ex.Rule.Field.ShouldBe("closesAt");
        ex.Message.ShouldBe("Closing time '25:00' must not be later than 24:00.");
    }

    [Fact]
    public void Create_WhenOpensAtNegative_ThrowsHoursRuleNamingOpensAt()
    {
        var ex = CreateShouldBreak(opensAt: -1);

        ex.Rule.ShouldBeOfType<CalendarHoursMustBeValidRule>();
        ex.Rule.Field.ShouldBe("opensAt");
        ex.Message.ShouldBe("Opening time '-01:00:00' must be at or after 00:00 and before 24:00.");
    }

    [Fact]
    public void Create_WhenNoWorkingDays_ThrowsWorkingDaysRule()
    {
        var ex = CreateShouldBreak(workingDays: []);

        ex.Rule.ShouldBeOfType<CalendarMustHaveWorkingDaysRule>();
        ex.Rule.Field.ShouldBe("workingDays");
    }

    [Fact]
    public void Create_WhenWorkingDayIsNotADayOfTheWeek_ThrowsWorkingDaysRuleNamingTheValue()
    {
        var ex = CreateShouldBreak(workingDays: [DayOfWeek.Monday, (DayOfWeek)7]);

        ex.Rule.ShouldBeOfType<CalendarMustHaveWorkingDaysRule>();
        ex.Message.ShouldBe("Working day '7' is not a day of the week (0 = Sunday to 6 = Saturday).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenCodeEmpty_ThrowsCodeRuleNamingCodeField(string code)
    {
        var ex = CreateShouldBreak(code: code);

        ex.Rule.ShouldBeOfType<CalendarCodeMustBeValidRule>();
        ex.Rule.Field.ShouldBe("code");
    }

    [Fact]
    public void Create_WhenCodeLongerThanMax_ThrowsCodeRuleNamingTheValue()
    {
        var ex = CreateShouldBreak(code: "ABCDEFGHIJKLMNOPQ");

        ex.Rule.ShouldBeOfType<CalendarCodeMustBeValidRule>();
        ex.Message.ShouldBe("Calendar code 'ABCDEFGHIJKLMNOPQ' is 17 characters long; the maximum is 16.");
    }

    [Fact]
    public void Create_WhenCodeExactlyMaxLength_Succeeds()
    {
        var code = new string('X', BusinessCalendar.MaxCodeLength);

        BusinessCalendar.AlwaysOpen(code, "Max").Code.ShouldBe(code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(BusinessCalendar.MaxNameLength + 1)]
    public void Create_WhenNameEmptyOrTooLong_ThrowsNameRule(int length)
    {
        var ex = CreateShouldBreak(name: new string('n', length));

        ex.Rule.ShouldBeOfType<CalendarNameMustBeValidRule>();
        ex.Rule.Field.ShouldBe("name");
    }

    [Fact]
    public void Create_WhenWorkingDaysAndHolidaysRepeat_StoresEachOnce()
    {
        var calendar = BusinessCalendar.Create(
            "US", "United States", "America/New_York", Hours(9), Hours(17),
            [DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Friday], [Thanksgiving2026, Thanksgiving2026]);

        calendar.WorkingDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Friday]);
        calendar.Holidays.ShouldBe([Thanksgiving2026]);
    }

    [Fact]
    public void Update_WhenTimeZoneUnknown_LeavesCalendarUnchanged()
    {
        var calendar = Us();

        Should.Throw<BusinessRuleViolationException>(() =>
            calendar.Update("Renamed", "Mars/Olympus", Hours(8), Hours(18), AllDays, []));

        calendar.Name.ShouldBe("United States");
        calendar.TimeZoneId.ShouldBe("America/New_York");
        calendar.OpensAt.ShouldBe(Hours(9));
    }

    [Fact]
    public void Update_WhenTimeZoneChanges_ArithmeticUsesTheNewZone()
    {
        var calendar = Us();
        var tuesday0830Utc = At("2026-03-03T08:30:00Z"); // 03:30 in New York, 09:30 in Berlin
        calendar.IsBusinessTime(tuesday0830Utc).ShouldBeFalse();

        calendar.Update("Germany", "Europe/Berlin", Hours(8), Hours(18), Weekdays, []);

        calendar.IsBusinessTime(tuesday0830Utc).ShouldBeTrue();
    }

    // ---- AlwaysOpen ------------------------------------------------------------------------------------------

    [Fact]
    public void AlwaysOpen_WhenCreated_IsUtcAllDayEveryDayWithoutHolidays()
    {
        var calendar = BusinessCalendar.AlwaysOpen("24x7", "Always open");

        calendar.TimeZoneId.ShouldBe("UTC");
        calendar.OpensAt.ShouldBe(TimeSpan.Zero);
        calendar.ClosesAt.ShouldBe(Hours(24));
        calendar.WorkingDays.Count.ShouldBe(7);
        calendar.Holidays.ShouldBeEmpty();
    }

    [Fact]
    public void AlwaysOpen_AddBusinessTime_WhenStartingSaturdayNight_AddsElapsedTime()
    {
        var calendar = BusinessCalendar.AlwaysOpen("24x7", "Always open");

        var due = calendar.AddBusinessTime(At("2026-03-07T23:30:00-05:00"), Hours(100.5));

        ShouldBeUtc(due, "2026-03-12T09:00:00Z");
    }

    [Fact]
    public void AlwaysOpen_BusinessTimeBetween_WhenSpanningAWeek_EqualsElapsedTime()
    {
        var calendar = BusinessCalendar.AlwaysOpen("24x7", "Always open");

        calendar.BusinessTimeBetween(At("2026-03-01T00:00:00Z"), At("2026-03-08T06:00:00Z")).ShouldBe(Hours(174));
    }

    // ---- US calendar: IsBusinessTime / NextBusinessMoment ---------------------------------------------------

    [Theory]
    [InlineData("2026-03-03T10:00:00-05:00", true)]  // Tuesday, inside hours
    [InlineData("2026-03-03T09:00:00-05:00", true)]  // exactly at opening
    [InlineData("2026-03-03T17:00:00-05:00", false)] // exactly at closing: [open, close) is half-open
    [InlineData("2026-02-28T12:00:00-05:00", false)] // Saturday
    [InlineData("2026-11-26T12:00:00-05:00", false)] // Thanksgiving
    public void IsBusinessTime_WhenUsCalendar_FollowsHoursDaysAndHolidays(string instant, bool expected)
    {
        Us().IsBusinessTime(At(instant)).ShouldBe(expected);
    }

    [Fact]
    public void NextBusinessMoment_WhenOpen_ReturnsSameInstantInUtc()
    {
        ShouldBeUtc(Us().NextBusinessMoment(At("2026-03-03T10:00:00-05:00")), "2026-03-03T15:00:00Z");
    }

    [Fact]
    public void NextBusinessMoment_WhenAtFridayClosing_ReturnsMondayOpening()
    {
        ShouldBeUtc(Us().NextBusinessMoment(At("2026-02-27T17:00:00-05:00")), "2026-03-02T14:00:00Z");
    }

    // ---- US calendar: AddBusinessTime ------------------------------------------------------------------------

    [Fact]
    public void AddBusinessTime_WhenWithinHours_AddsWallClockTime()
    {
        ShouldBeUtc(Us().AddBusinessTime(At("2026-03-03T10:00:00-05:00"), Hours(2)), "2026-03-03T17:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenSpillingPastClosing_ContinuesAtNextOpening()
    {
        // Tue 16:00 + 2h = 1h Tuesday + 1h Wednesday -> Wed 10:00 EST.
        ShouldBeUtc(Us().AddBusinessTime(At("2026-03-03T16:00:00-05:00"), Hours(2)), "2026-03-04T15:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenStartBeforeOpening_CountsFromOpening()
    {
        ShouldBeUtc(Us().AddBusinessTime(At("2026-03-03T07:00:00-05:00"), Hours(1)), "2026-03-03T15:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenStartOnSaturday_CountsFromMondayOpening()
    {
        // Sat 2026-02-28 12:00 -> Mon 09:00 + 3h = Mon 12:00 EST.
        ShouldBeUtc(Us().AddBusinessTime(At("2026-02-28T12:00:00-05:00"), Hours(3)), "2026-03-02T17:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenFridayAfternoonCrossesWeekend_ResumesMonday()
    {
        // Fri 15:00 + 4h = 2h Friday + 2h Monday -> Mon 11:00 EST.
        ShouldBeUtc(Us().AddBusinessTime(At("2026-02-27T15:00:00-05:00"), Hours(4)), "2026-03-02T16:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenThanksgivingInTheMiddle_SkipsTheHoliday()
    {
        // Wed 2026-11-25 15:00 + 4h = 2h Wednesday, Thanksgiving closed, 2h Friday -> Fri 11:00 EST.
        ShouldBeUtc(Us().AddBusinessTime(At("2026-11-25T15:00:00-05:00"), Hours(4)), "2026-11-27T16:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenResultIsExactlyClosing_ReturnsClosingInstant()
    {
        ShouldBeUtc(Us().AddBusinessTime(At("2026-03-03T09:00:00-05:00"), Hours(8)), "2026-03-03T22:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenZeroOutsideHours_ReturnsNextOpening()
    {
        ShouldBeUtc(Us().AddBusinessTime(At("2026-02-28T12:00:00-05:00"), TimeSpan.Zero), "2026-03-02T14:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenAYearOfBusinessHours_SkipsBothHolidaysAndLandsOnClosing()
    {
        // 52 weeks x 40h from Mon 2026-01-05 09:00; Thanksgiving and Christmas push it two working days
        // past Fri 2027-01-01 17:00 -> Tue 2027-01-05 17:00 EST.
        ShouldBeUtc(Us().AddBusinessTime(At("2026-01-05T09:00:00-05:00"), Hours(52 * 40)), "2027-01-05T22:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenDurationNegative_ThrowsArgumentOutOfRange()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Us().AddBusinessTime(At("2026-03-03T10:00:00Z"), Hours(-1)));
    }

    // ---- DST: New York round the clock -----------------------------------------------------------------------

    [Fact]
    public void AddBusinessTime_WhenRoundTheClockCrossesSpringForward_AddsRealElapsedTime()
    {
        // Sat 12:00 EST + 24h = Sun 13:00 EDT: the skipped hour is not business time because it never happened.
        ShouldBeUtc(NewYork24x7().AddBusinessTime(At("2026-03-07T12:00:00-05:00"), Hours(24)), "2026-03-08T17:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenRoundTheClockCrossesFallBack_CountsTheRepeatedHour()
    {
        // 00:00 EDT + 3h = 02:00 EST (the wall clock shows only 2h later).
        ShouldBeUtc(NewYork24x7().AddBusinessTime(At("2026-11-01T00:00:00-04:00"), Hours(3)), "2026-11-01T07:00:00Z");
    }

    [Fact]
    public void BusinessTimeBetween_WhenRoundTheClockOverSpringForwardDay_IsTwentyThreeHours()
    {
        NewYork24x7().BusinessTimeBetween(At("2026-03-08T00:00:00-05:00"), At("2026-03-09T00:00:00-04:00"))
            .ShouldBe(Hours(23));
    }

    [Fact]
    public void BusinessTimeBetween_WhenRoundTheClockOverFallBackDay_IsTwentyFiveHours()
    {
        NewYork24x7().BusinessTimeBetween(At("2026-11-01T00:00:00-04:00"), At("2026-11-02T00:00:00-05:00"))
            .ShouldBe(Hours(25));
    }

    // ---- DST: New York night desk 01:00-04:00 ----------------------------------------------------------------

    [Fact]
    public void BusinessTimeBetween_WhenNightDeskOnSpringForwardNight_IsTwoHours()
    {
        // Opens 01:00 EST (06:00Z), closes 04:00 EDT (08:00Z).
        NewYorkNight().BusinessTimeBetween(At("2026-03-08T00:00:00-05:00"), At("2026-03-09T00:00:00-04:00"))
            .ShouldBe(Hours(2));
    }

    [Fact]
    public void AddBusinessTime_WhenNightDeskCrossesSpringForward_SpillsIntoNextNight()
    {
        // 2h on the short night, then 1h from Mon 01:00 EDT -> 02:00 EDT.
        ShouldBeUtc(NewYorkNight().AddBusinessTime(At("2026-03-08T01:00:00-05:00"), Hours(3)), "2026-03-09T06:00:00Z");
    }

    [Fact]
    public void IsBusinessTime_WhenNightDeskRightAfterTheSkippedHour_ReturnsTrue()
    {
        NewYorkNight().IsBusinessTime(At("2026-03-08T03:00:00-04:00")).ShouldBeTrue();
    }

    [Fact]
    public void BusinessTimeBetween_WhenNightDeskOnFallBackNight_IsFourHours()
    {
        // Opens 01:00 EDT (05:00Z, the earlier of the two 01:00s), closes 04:00 EST (09:00Z).
        NewYorkNight().BusinessTimeBetween(At("2026-11-01T00:00:00-04:00"), At("2026-11-02T00:00:00-05:00"))
            .ShouldBe(Hours(4));
    }

    [Fact]
    public void NextBusinessMoment_WhenNightDeskOpensAtAmbiguousTime_ReturnsEarlierDaylightInstant()
    {
        ShouldBeUtc(NewYorkNight().NextBusinessMoment(At("2026-11-01T00:30:00-04:00")), "2026-11-01T05:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenNightDeskCrossesFallBack_CountsTheRepeatedHour()
    {
        // 01:00 EDT + 3h30 = 03:30 EST (real elapsed time; the wall clock moved 2h30).
        ShouldBeUtc(NewYorkNight().AddBusinessTime(At("2026-11-01T01:00:00-04:00"), Hours(3.5)), "2026-11-01T08:30:00Z");
    }

    [Fact]
    public void IsBusinessTime_WhenNightDeskInRepeatedHour_ReturnsTrue()
    {
        NewYorkNight().IsBusinessTime(At("2026-11-01T01:30:00-05:00")).ShouldBeTrue();
    }

    [Fact]
    public void NextBusinessMoment_WhenOpeningFallsInSpringForwardGap_ReturnsFirstInstantAfterGap()
    {
        // 02:30 does not exist on 2026-03-08; the desk opens at 03:00 EDT.
        ShouldBeUtc(NewYorkGapOpening().NextBusinessMoment(At("2026-03-08T01:00:00-05:00")), "2026-03-08T07:00:00Z");
    }

    // ---- Europe/Berlin -----------------------------------------------------------------------------------------

    [Fact]
    public void AddBusinessTime_WhenBerlinFridayCrossesSpringForwardWeekend_ResumesMondayInSummerTime()
    {
        // Fri 17:00 CET + 2h = 1h Friday + Mon 08:00-09:00 CEST.
        ShouldBeUtc(Germany().AddBusinessTime(At("2026-03-27T17:00:00+01:00"), Hours(2)), "2026-03-30T07:00:00Z");
    }

    [Fact]
    public void AddBusinessTime_WhenBerlinChristmasHolidays_SkipsToMonday()
    {
        // Thu 24 Dec 17:00 + 2h = 1h Thursday, 25th and 26th closed, Sunday off -> Mon 28 Dec 09:00 CET.
        ShouldBeUtc(Germany().AddBusinessTime(At("2026-12-24T17:00:00+01:00"), Hours(2)), "2026-12-28T08:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenBerlinCrossesFallBackWeekend_KeepsLocalTimeOfDay()
    {
        // Fri 10:00 CEST + 1 business day = Mon 10:00 CET.
        ShouldBeUtc(Germany().AddBusinessDays(At("2026-10-23T10:00:00+02:00"), 1), "2026-10-26T09:00:00Z");
    }

    // ---- AddBusinessDays ---------------------------------------------------------------------------------------

    [Fact]
    public void AddBusinessDays_WhenFridayAfternoon_ReturnsMondaySameLocalTime()
    {
        ShouldBeUtc(Us().AddBusinessDays(At("2026-02-27T16:00:00-05:00"), 1), "2026-03-02T21:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenSaturday_CountsFromMondayOpeningAndReturnsTuesday()
    {
        ShouldBeUtc(Us().AddBusinessDays(At("2026-02-28T10:00:00-05:00"), 1), "2026-03-03T14:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenThanksgivingFollows_SkipsTheHoliday()
    {
        ShouldBeUtc(Us().AddBusinessDays(At("2026-11-25T11:00:00-05:00"), 1), "2026-11-27T16:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenCrossingSpringForward_KeepsLocalTimeOfDay()
    {
        // Fri 16:00 EST + 1 = Mon 16:00 EDT (71h of real time later, not 72h).
        ShouldBeUtc(Us().AddBusinessDays(At("2026-03-06T16:00:00-05:00"), 1), "2026-03-09T20:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenZero_ReturnsNextBusinessMoment()
    {
        ShouldBeUtc(Us().AddBusinessDays(At("2026-02-28T10:00:00-05:00"), 0), "2026-03-02T14:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenStartExactlyAtClosing_CountsFromNextOpening()
    {
        // Fri 17:00 is closed ([open, close)), so counting starts Mon 09:00 -> Tue 09:00.
        ShouldBeUtc(Us().AddBusinessDays(At("2026-02-27T17:00:00-05:00"), 1), "2026-03-03T14:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenTargetTimeFallsInSpringForwardGap_ReturnsFirstInstantAfterGap()
    {
        // Sat 02:30 EST + 1 = Sun 02:30, which does not exist -> 03:00 EDT.
        ShouldBeUtc(NewYorkGapOpening().AddBusinessDays(At("2026-03-07T02:30:00-05:00"), 1), "2026-03-08T07:00:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenTargetTimeIsAmbiguous_ReturnsEarlierDaylightInstant()
    {
        ShouldBeUtc(NewYorkNight().AddBusinessDays(At("2026-10-31T01:30:00-04:00"), 1), "2026-11-01T05:30:00Z");
    }

    [Fact]
    public void AddBusinessDays_WhenNegative_ThrowsArgumentOutOfRange()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Us().AddBusinessDays(At("2026-03-03T10:00:00Z"), -1));
    }

    // ---- BusinessTimeBetween -----------------------------------------------------------------------------------

    [Fact]
    public void BusinessTimeBetween_WhenSpanningWeekend_CountsOnlyOpenHours()
    {
        Us().BusinessTimeBetween(At("2026-02-27T15:00:00-05:00"), At("2026-03-02T11:00:00-05:00")).ShouldBe(Hours(4));
    }

    [Fact]
    public void BusinessTimeBetween_WhenToBeforeFrom_ReturnsZero()
    {
        Us().BusinessTimeBetween(At("2026-03-03T12:00:00-05:00"), At("2026-03-03T10:00:00-05:00"))
            .ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [MemberData(nameof(GeneratedStartsAndDurations))]
    public void BusinessTimeBetween_WhenMeasuringAddBusinessTimeResult_ReturnsTheDuration(
        string calendarCode, DateTimeOffset start, TimeSpan duration)
    {
        var calendar = ByCode(calendarCode);

        var due = calendar.AddBusinessTime(start, duration);

        calendar.BusinessTimeBetween(start, due).ShouldBe(duration);
    }

    public static TheoryData<string, DateTimeOffset, TimeSpan> GeneratedStartsAndDurations()
    {
        var random = new Random(20260308);
        string[] codes = ["US", "NY24x7", "NYNIGHT", "NYGAP", "DE", "UTC"];
        DateTimeOffset[] transitions =
        [
            At("2026-03-08T07:00:00Z"), At("2026-11-01T06:00:00Z"), At("2026-03-29T01:00:00Z"), At("2026-10-25T01:00:00Z"),
        ];
        var data = new TheoryData<string, DateTimeOffset, TimeSpan>();
        for (var i = 0; i < 48; i++)
        {
            // Half the starts anywhere in 2026, half within three days of a DST transition; durations to the tick.
            var start = i % 2 == 0
                ? At("2026-01-01T00:00:00Z").AddTicks(random.NextInt64(TimeSpan.FromDays(365).Ticks))
                : transitions[random.Next(transitions.Length)].AddTicks(random.NextInt64(-Hours(72).Ticks, Hours(72).Ticks));
            var duration = i % 8 == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(random.NextInt64(Hours(120).Ticks));
            data.Add(codes[i % codes.Length], start, duration);
        }

        return data;
    }

    // ---- safety guard ------------------------------------------------------------------------------------------

    [Fact]
    public void NextBusinessMoment_WhenNoOpenDayWithinTwoYears_ThrowsInvalidOperation()
    {
        var calendar = BusinessCalendar.AlwaysOpen("24x7", "Always open");
        calendar.Holidays.AddRange(Enumerable.Range(0, 800).Select(i => new DateOnly(2026, 1, 1).AddDays(i)));

        Should.Throw<InvalidOperationException>(() => calendar.NextBusinessMoment(At("2026-01-01T00:00:00Z")));
    }

    [Fact]
    public void AddBusinessDays_WhenNoWorkingDayWithinTwoYears_ThrowsInvalidOperation()
    {
        var calendar = BusinessCalendar.AlwaysOpen("24x7", "Always open");
        calendar.Holidays.AddRange(Enumerable.Range(1, 800).Select(i => new DateOnly(2026, 1, 1).AddDays(i)));

        Should.Throw<InvalidOperationException>(() => calendar.AddBusinessDays(At("2026-01-01T12:00:00Z"), 1));
    }
}
