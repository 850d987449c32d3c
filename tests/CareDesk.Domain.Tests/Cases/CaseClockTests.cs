using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using static CareDesk.Domain.Tests.Cases.CaseTestData;

namespace CareDesk.Domain.Tests.Cases;

public sealed class CaseClockTests
{
    [Fact]
    public void AddScreenedPost_WhenAdverseEvent_StartsOneHourFirstResponseClock()
    {
        var clock = CaseWith(TriageLabel.AdverseEvent).Clock(SlaClockKind.FirstResponse);

        clock.StartedAt.ShouldBe(T0);
        clock.DueAt.ShouldBe(T0.AddHours(1));
        clock.WarnAt.ShouldBe(T0.AddMinutes(45));
        clock.Status.ShouldBe(SlaClockStatus.Running);
        clock.Target.ShouldBe("1 business hour(s)");
    }

    [Fact]
    public void AddScreenedPost_WhenGeneralInquiry_StartsFourHourFirstResponseClock() =>
        CaseWith(TriageLabel.GeneralInquiry).Clock(SlaClockKind.FirstResponse).DueAt.ShouldBe(T0.AddHours(4));

    [Fact]
    public void AddScreenedPost_WhenGeneralInquiryAndAdverseEvent_TightestTargetWins() =>
        CaseWith(TriageLabel.GeneralInquiry, TriageLabel.AdverseEvent).Clock(SlaClockKind.FirstResponse).DueAt.ShouldBe(T0.AddHours(1));

    [Fact]
    public void AddScreenedPost_WhenAdverseEvent_StartsPvHandoffClockDueOneBusinessDayLater()
    {
        var clock = CaseWith(TriageLabel.AdverseEvent).Clock(SlaClockKind.PvHandoff);

        clock.DueAt.ShouldBe(T0.AddDays(1));
        clock.Target.ShouldBe("1 business day(s)");
    }

    [Fact]
    public void AddScreenedPost_WhenNotAdverseEvent_StartsNoPvHandoffClock() =>
        CaseWith(TriageLabel.ProductComplaint, TriageLabel.OffLabel).Clocks.ShouldHaveSingleItem().Kind.ShouldBe(SlaClockKind.FirstResponse);

    [Fact]
    public void AddScreenedPost_WhenAdverseEventOnUsCalendarTuesdayMorning_PvDueWednesdaySameTime()
    {
        var tuesday10 = new DateTimeOffset(2026, 6, 9, 10, 0, 0, NewYorkSummer);

        var subject = CaseWith(tuesday10, Us, TriageLabel.AdverseEvent);

        subject.Clock(SlaClockKind.PvHandoff).DueAt.ShouldBe(new DateTimeOffset(2026, 6, 10, 10, 0, 0, NewYorkSummer));
        subject.Clock(SlaClockKind.FirstResponse).DueAt.ShouldBe(new DateTimeOffset(2026, 6, 9, 11, 0, 0, NewYorkSummer));
    }

    [Fact]
    public void AddScreenedPost_WhenReceivedFriday1630OnUsCalendarWithOneHourTarget_DueMonday0930()
    {
        var friday1630 = new DateTimeOffset(2026, 6, 5, 16, 30, 0, NewYorkSummer);

        var clock = CaseWith(friday1630, Us, TriageLabel.AdverseEvent).Clock(SlaClockKind.FirstResponse);

        clock.DueAt.ShouldBe(new DateTimeOffset(2026, 6, 8, 9, 30, 0, NewYorkSummer));
        clock.DueAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void AddScreenedPost_WhenReceivedFriday1630OnUsCalendar_WarnsAtMonday0915() =>
        CaseWith(new DateTimeOffset(2026, 6, 5, 16, 30, 0, NewYorkSummer), Us, TriageLabel.AdverseEvent)
            .Clock(SlaClockKind.FirstResponse).WarnAt.ShouldBe(new DateTimeOffset(2026, 6, 8, 9, 15, 0, NewYorkSummer));

    [Fact]
    public void NextDueAt_WhenSeveralClocksRun_IsEarliestDueAt() =>
        CaseWith(TriageLabel.AdverseEvent).NextDueAt.ShouldBe(T0.AddHours(1));

    [Fact]
    public void NextDueAt_WhenFirstResponseMet_IsPvHandoffDueAt()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);

        subject.RecordReply(T0.AddMinutes(30));

        subject.NextDueAt.ShouldBe(T0.AddDays(1));
    }

    [Fact]
    public void NextDueAt_WhenFirstResponsePaused_IgnoresPausedClock()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);

        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(10), AlwaysOpen);

        subject.NextDueAt.ShouldBe(T0.AddDays(1));
    }

    [Fact]
    public void NextDueAt_WhenNoClockRuns_IsNull()
    {
        var subject = CaseWith(TriageLabel.Praise);

        subject.RecordReply(T0.AddMinutes(5));

        subject.NextDueAt.ShouldBeNull();
    }

    [Fact]
    public void AddScreenedPost_WhenFirstResponseClockAlreadyRunning_DoesNotStartAnother()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);

        subject.AddScreenedPost(Screened(TriageLabel.GeneralInquiry), T0.AddMinutes(20), AlwaysOpen, SlaPolicy.Default);

        subject.Clocks.Count(clock => clock.Kind == SlaClockKind.FirstResponse).ShouldBe(1);
        subject.NextDueAt.ShouldBe(T0.AddHours(4));
    }

    [Fact]
    public void AddScreenedPost_WhenAdverseEventArrivesWhileFourHourClockRuns_TightensFirstResponseDue()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);

        subject.AddScreenedPost(Screened(TriageLabel.AdverseEvent), T0.AddMinutes(30), AlwaysOpen, SlaPolicy.Default);

        subject.Clocks.Where(clock => clock.Kind == SlaClockKind.FirstResponse && clock.IsOpen).Min(clock => clock.DueAt)
            .ShouldBe(T0.AddMinutes(90));
    }
}
