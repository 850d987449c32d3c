using CareDesk.Domain.Cases;
using CareDesk.Domain.Cases.Rules;
using CareDesk.Domain.Common;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using static CareDesk.Domain.Tests.Cases.CaseTestData;
using Case = CareDesk.Domain.Cases.Case;

namespace CareDesk.Domain.Tests.Cases;

public sealed class CaseStatusTests
{
    [Fact]
    public void Open_WhenCreated_IsNewWithLowPriorityAndNoClocks()
    {
        var subject = Case.Open(1, Guid.NewGuid(), "t", " @me ", "hello", T0);

        subject.Status.ShouldBe(CaseStatus.New);
        subject.Priority.ShouldBe(Priority.Low);
        subject.Author.ShouldBe("@me");
        subject.Clocks.ShouldBeEmpty();
    }

    [Fact]
    public void RecordReply_WhenNew_MeetsFirstResponseClockAndOpensCase()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);

        subject.RecordReply(T0.AddMinutes(30));

        subject.Status.ShouldBe(CaseStatus.Open);
        subject.FirstRepliedAt.ShouldBe(T0.AddMinutes(30));
        var clock = subject.Clock(SlaClockKind.FirstResponse);
        clock.Status.ShouldBe(SlaClockStatus.Met);
        clock.MetAt.ShouldBe(T0.AddMinutes(30));
    }

    [Fact]
    public void RecordReply_WhenAdverseEvent_LeavesPvHandoffClockRunning()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);

        subject.RecordReply(T0.AddMinutes(30));

        subject.Clock(SlaClockKind.PvHandoff).Status.ShouldBe(SlaClockStatus.Running);
    }

    [Fact]
    public void Escalate_WhenToPharmacovigilance_MeetsPvHandoffClock()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);

        subject.Escalate(EscalationTarget.Pharmacovigilance, T0.AddHours(2), CaseTestData.AlwaysOpen);

        subject.Status.ShouldBe(CaseStatus.Escalated);
        subject.EscalatedTo.ShouldBe([EscalationTarget.Pharmacovigilance]);
        subject.Clock(SlaClockKind.PvHandoff).MetAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void Escalate_WhenToQuality_LeavesPvHandoffClockRunning()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent, TriageLabel.ProductComplaint);

        subject.Escalate(EscalationTarget.Quality, T0.AddHours(2), CaseTestData.AlwaysOpen);

        subject.HasOpenClock(SlaClockKind.PvHandoff).ShouldBeTrue();
    }

    [Fact]
    public void ChangeStatus_WhenResolvingAdverseEventNotYetEscalated_ThrowsPvRule()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);
        subject.RecordReply(T0.AddMinutes(30));

        var ex = Should.Throw<BusinessRuleViolationException>(() => subject.ChangeStatus(CaseStatus.Resolved, T0.AddHours(1), AlwaysOpen));

        ex.Rule.ShouldBeOfType<AdverseEventMustReachPharmacovigilanceBeforeResolvingRule>();
        ex.Rule.Field.ShouldBe("status");
        subject.Status.ShouldBe(CaseStatus.Open);
    }

    [Fact]
    public void ChangeStatus_WhenResolvingAdverseEventAfterPvEscalation_ResolvesAndMeetsResponseClock()
    {
        var subject = CaseWith(TriageLabel.AdverseEvent);
        subject.Escalate(EscalationTarget.Pharmacovigilance, T0.AddMinutes(20), CaseTestData.AlwaysOpen);

        subject.ChangeStatus(CaseStatus.Resolved, T0.AddMinutes(40), AlwaysOpen);

        subject.Status.ShouldBe(CaseStatus.Resolved);
        subject.ResolvedAt.ShouldBe(T0.AddMinutes(40));
        subject.Clock(SlaClockKind.FirstResponse).MetAt.ShouldBe(T0.AddMinutes(40));
        subject.NextDueAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.Escalated)]
    public void ChangeStatus_WhenTargetIsNewOrEscalated_IsRefused(CaseStatus to)
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);
        subject.RecordReply(T0.AddMinutes(5));

        var ex = Should.Throw<BusinessRuleViolationException>(() => subject.ChangeStatus(to, T0.AddMinutes(10), AlwaysOpen));

        ex.Rule.ShouldBeOfType<CaseStatusChangeMustBeAllowedRule>();
        subject.Status.ShouldBe(CaseStatus.Open);
    }

    [Fact]
    public void ChangeStatus_WhenAlreadyInTargetStatus_IsRefused()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);
        subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(5), AlwaysOpen);

        var ex = Should.Throw<BusinessRuleViolationException>(() => subject.ChangeStatus(CaseStatus.Waiting, T0.AddMinutes(10), AlwaysOpen));

        ex.Message.ShouldBe("The case is already waiting.");
    }

    [Fact]
    public void AddScreenedPost_WhenCaseResolved_ReopensWithNewFirstResponseClock()
    {
        var subject = CaseWith(TriageLabel.GeneralInquiry);
        subject.RecordReply(T0.AddMinutes(10));
        subject.ChangeStatus(CaseStatus.Resolved, T0.AddMinutes(20), AlwaysOpen);

        subject.AddScreenedPost(Screened(TriageLabel.GeneralInquiry), T0.AddHours(3), AlwaysOpen, SlaPolicy.Default);

        subject.Status.ShouldBe(CaseStatus.Open);
        subject.ResolvedAt.ShouldBeNull();
        subject.Clocks.Count.ShouldBe(2);
        subject.NextDueAt.ShouldBe(T0.AddHours(7));
    }

    [Fact]
    public void AddScreenedPost_WhenRealLabelAddedToOtherCase_DropsOther()
    {
        var subject = CaseWith(TriageLabel.Other);

        subject.AddScreenedPost(Screened(TriageLabel.AdverseEvent), T0.AddMinutes(5), AlwaysOpen, SlaPolicy.Default);

        subject.Labels.ShouldBe([TriageLabel.AdverseEvent]);
        subject.Priority.ShouldBe(Priority.High);
    }

    [Fact]
    public void AddScreenedPost_WhenLowerPriorityPostArrives_KeepsLabelsAndPriority()
    {
        var subject = CaseWith(TriageLabel.CrisisSignal);

        subject.AddScreenedPost(Screened(TriageLabel.Praise), T0.AddMinutes(5), AlwaysOpen, SlaPolicy.Default);

        subject.Labels.ShouldBe([TriageLabel.Praise, TriageLabel.CrisisSignal]);
        subject.Priority.ShouldBe(Priority.Urgent);
    }
}
