using CareDesk.Domain.Sla;

namespace CareDesk.Domain.Tests.Sla;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    private static readonly BusinessCalendar AlwaysOpen = BusinessCalendar.AlwaysOpen("24x7", "x");

    /// <summary>A one-hour clock: warning at T0+45 min (75%), due at T0+60 min.</summary>
    private static SlaClock OneHourClock(SlaClockKind kind = SlaClockKind.FirstResponse) =>
        SlaClock.Start(Guid.NewGuid(), kind, T0, AlwaysOpen, SlaTarget.Hours(1), 0.75);

    [Fact]
    public void Start_WhenOneHourTargetAt75Percent_WarnsAt45MinutesAndIsDueAtOneHour()
    {
        var clock = OneHourClock();

        clock.WarnAt.ShouldBe(T0.AddMinutes(45));
        clock.DueAt.ShouldBe(T0.AddHours(1));
        clock.CalendarCode.ShouldBe("24x7");
        clock.State.ShouldBe("on track");
    }

    [Fact]
    public void Sweep_WhenBeforeWarnAt_RaisesNothing() =>
        OneHourClock().Sweep(T0.AddMinutes(44)).ShouldBeEmpty();

    [Fact]
    public void Sweep_WhenAtWarnAt_RaisesWarning()
    {
        var clock = OneHourClock();

        clock.Sweep(T0.AddMinutes(45)).ShouldBe([SlaAlertKind.Warning]);
        clock.WarnedAt.ShouldBe(T0.AddMinutes(45));
        clock.State.ShouldBe("warning");
    }

    [Fact]
    public void Sweep_WhenWarningAlreadyRaised_DoesNotRaiseItAgain()
    {
        var clock = OneHourClock();
        clock.Sweep(T0.AddMinutes(45));

        clock.Sweep(T0.AddMinutes(50)).ShouldBeEmpty();
    }

    [Fact]
    public void Sweep_WhenAtDueAtAfterWarning_RaisesBreachOnly()
    {
        var clock = OneHourClock();
        clock.Sweep(T0.AddMinutes(45));

        clock.Sweep(T0.AddHours(1)).ShouldBe([SlaAlertKind.Breach]);
        clock.BreachedAt.ShouldBe(T0.AddHours(1));
        clock.State.ShouldBe("breached");
    }

    [Fact]
    public void Sweep_WhenFirstSweepIsPastDue_RaisesWarningThenBreach() =>
        OneHourClock().Sweep(T0.AddHours(2)).ShouldBe([SlaAlertKind.Warning, SlaAlertKind.Breach]);

    [Fact]
    public void Sweep_WhenBreachAlreadyRaised_DoesNotRaiseItAgain()
    {
        var clock = OneHourClock();
        clock.Sweep(T0.AddHours(2));

        clock.Sweep(T0.AddHours(3)).ShouldBeEmpty();
    }

    [Fact]
    public void Sweep_WhenMet_RaisesNothing()
    {
        var clock = OneHourClock();
        clock.Meet(T0.AddMinutes(30));

        clock.Sweep(T0.AddHours(2)).ShouldBeEmpty();
        clock.State.ShouldBe("met");
    }

    [Fact]
    public void Sweep_WhenPaused_RaisesNothing()
    {
        var clock = OneHourClock();
        clock.Pause(T0.AddMinutes(10));

        clock.Sweep(T0.AddHours(2)).ShouldBeEmpty();
    }

    [Fact]
    public void Meet_WhenAfterBreach_ReadsMetLate()
    {
        var clock = OneHourClock();
        clock.Sweep(T0.AddHours(2));

        clock.Meet(T0.AddHours(3));

        clock.State.ShouldBe("met late");
        clock.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void Meet_WhenAlreadyMet_KeepsFirstMetAt()
    {
        var clock = OneHourClock();
        clock.Meet(T0.AddMinutes(10));

        clock.Meet(T0.AddMinutes(20));

        clock.MetAt.ShouldBe(T0.AddMinutes(10));
    }

    [Fact]
    public void Pause_WhenPvHandoffClock_KeepsRunning()
    {
        var clock = OneHourClock(SlaClockKind.PvHandoff);

        clock.Pause(T0.AddMinutes(10));

        clock.Status.ShouldBe(SlaClockStatus.Running);
        clock.PausedAt.ShouldBeNull();
    }

    [Fact]
    public void Resume_WhenWarningAlreadyRaised_MovesDueButNotWarnAt()
    {
        var clock = OneHourClock();
        clock.Sweep(T0.AddMinutes(50));
        clock.Pause(T0.AddMinutes(50));

        clock.Resume(T0.AddMinutes(70), AlwaysOpen);

        clock.DueAt.ShouldBe(T0.AddMinutes(80));
        clock.WarnAt.ShouldBe(T0.AddMinutes(45));
    }

    [Fact]
    public void Target_WhenHoursTarget_ReadsBusinessHours() =>
        SlaTarget.Hours(1.5).ToString().ShouldBe("1.5 business hour(s)");

    [Fact]
    public void Target_WhenHostCultureIsGerman_StillUsesInvariantDecimalPoint()
    {
        using var culture = new CultureScope("de-DE");

        SlaTarget.Hours(1.5).ToString().ShouldBe("1.5 business hour(s)");
    }
}
