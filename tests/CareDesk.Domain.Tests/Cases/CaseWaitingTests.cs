using CareDesk.Domain.Cases;
using CareDesk.Domain.Common;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using static CareDesk.Domain.Tests.Cases.CaseTestData;

namespace CareDesk.Domain.Tests.Cases;

/// <summary>Waiting on the customer pauses the response clock; the PV hand-off clock never pauses (R53/R54).</summary>
public sealed class CaseWaitingTests
{
    [Fact]
    public void ChangeStatus_WhenWaiting_PausesFirstResponseClock()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);

        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(30), AlwaysOpen);

        var clock = subject.Clock(SlaClockKind.FirstResponse);
        clock.Status.ShouldBe(SlaClockStatus.Paused);
        clock.PausedAt.ShouldBe(T0.AddMinutes(30));
        clock.State.ShouldBe("paused");
    }

    [Fact]
    public void ChangeStatus_WhenResumedAfterTwentyMinutesOn24x7_MovesDueAndWarnTwentyMinutesLater()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);
        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(30), AlwaysOpen);

        subject.ChangeStatus(CaseStatus.Open, T0.AddMinutes(50), AlwaysOpen);

        var clock = subject.Clock(SlaClockKind.FirstResponse);
        clock.Status.ShouldBe(SlaClockStatus.Running);
        clock.DueAt.ShouldBe(T0.AddHours(4).AddMinutes(20));
        clock.WarnAt.ShouldBe(T0.AddHours(3).AddMinutes(20));
        subject.NextDueAt.ShouldBe(T0.AddHours(4).AddMinutes(20));
    }

    [Fact]
    public void ChangeStatus_WhenWaitingOvernightOnUsCalendar_MovesDueOnlyByOpenTimePaused()
    {
        var subject = CaseWith(new DateTimeOffset(2026, 6, 9, 16, 0, 0, NewYorkSummer), Us, TriageLabel.GeneralInquiry);
        subject.Clock(SlaClockKind.FirstResponse).DueAt.ShouldBe(new DateTimeOffset(2026, 6, 10, 12, 0, 0, NewYorkSummer));
        subject.ChangeStatus(CaseStatus.Waiting, new DateTimeOffset(2026, 6, 9, 16, 30, 0, NewYorkSummer), Us);

        subject.ChangeStatus(CaseStatus.Open, new DateTimeOffset(2026, 6, 10, 8, 30, 0, NewYorkSummer), Us);

        subject.Clock(SlaClockKind.FirstResponse).DueAt.ShouldBe(new DateTimeOffset(2026, 6, 10, 12, 30, 0, NewYorkSummer));
    }

    [Fact]
    public void ChangeStatus_WhenWaiting_LeavesPvHandoffClockRunning()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);

        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(10), AlwaysOpen);

        subject.Clock(SlaClockKind.PvHandoff).Status.ShouldBe(SlaClockStatus.Running);
    }

    [Fact]
    public void ChangeStatus_WhenResumedAfterWaiting_PvHandoffDueAtUnchanged()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);
        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(10), AlwaysOpen);

        subject.ChangeStatus(CaseStatus.Open, T0.AddHours(5), AlwaysOpen);

        subject.Clock(SlaClockKind.PvHandoff).DueAt.ShouldBe(T0.AddDays(1));
    }

    [Fact]
    public void ChangeStatus_WhenResolvingAdverseEventFromWaiting_StillRequiresPvEscalation()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);
        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(10), AlwaysOpen);

        Should.Throw<BusinessRuleViolationException>(() => subject.ChangeStatus(CaseStatus.Resolved, T0.AddMinutes(20), AlwaysOpen));
    }

    [Fact]
    public void ChangeStatus_WhenReopenedAfterEscalatingAWaitingCase_FirstResponseClockRunsAndBreaches()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);
        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(10), AlwaysOpen);
        subject.Escalate(EscalationTarget.MedicalInformation, T0.AddMinutes(20), CaseTestData.AlwaysOpen);

        subject.ChangeStatus(CaseStatus.Open, T0.AddMinutes(30), AlwaysOpen);

        var clock = subject.Clock(SlaClockKind.FirstResponse);
        clock.Status.ShouldBe(SlaClockStatus.Running);
        clock.Sweep(T0.AddDays(1)).ShouldContain(SlaAlertKind.Breach);
    }

    [Fact]
    public void AddScreenedPost_WhenNewAdverseEventReopensCaseAlreadyHandedToPv_StartsNewPvHandoffClock()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);
        subject.Escalate(EscalationTarget.Pharmacovigilance, T0.AddMinutes(20), CaseTestData.AlwaysOpen);
        subject.ChangeStatus(CaseStatus.Resolved, T0.AddMinutes(30), AlwaysOpen);

        subject.AddScreenedPost(Screened(TriageLabel.AdverseEvent), T0.AddDays(2), AlwaysOpen, SlaPolicy.Default);

        subject.HasOpenClock(SlaClockKind.PvHandoff).ShouldBeTrue();
    }
}
