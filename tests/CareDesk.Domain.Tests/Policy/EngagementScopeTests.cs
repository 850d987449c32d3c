using CareDesk.Domain.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Policy;

public sealed class EngagementScopeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RefusalFor_InPilotMode_AllowsOnlyPilotChannelsAndLabels()
    {
        var scope = EngagementScope.Create(Guid.NewGuid(), ["x-1", "fb-1", "ig-1"], ["x"], "sam", At);
        scope.StartPilot(["x-1"], [TriageLabel.GeneralInquiry], "sam", At);

        scope.RefusalFor("x-1", [TriageLabel.GeneralInquiry]).ShouldBeNull();
        scope.RefusalFor("fb-1", [TriageLabel.GeneralInquiry]).ShouldNotBeNull().ShouldContain("pilot mode");
        scope.RefusalFor("x-1", [TriageLabel.GeneralInquiry, TriageLabel.AdverseEvent]).ShouldNotBeNull().ShouldContain("AdverseEvent");

        scope.SwitchToFullScope("sam", At);
        scope.RefusalFor("fb-1", [TriageLabel.AdverseEvent]).ShouldBeNull();
        scope.RefusalFor("yt-1", [TriageLabel.Praise]).ShouldNotBeNull().ShouldContain("not enabled");
    }

    [Fact]
    public void StartPilot_OnAChannelThatIsNotEnabled_IsRefused_AndFullScopeNeedsAPilot()
    {
        var scope = EngagementScope.Create(Guid.NewGuid(), ["x-1"], [], "sam", At);

        Should.Throw<BusinessRuleViolationException>(() => scope.StartPilot(["fb-1"], [TriageLabel.Praise], "sam", At));
        Should.Throw<BusinessRuleViolationException>(() => scope.SwitchToFullScope("sam", At)).Rule.ShouldBeAssignableTo<ISequencingRule>();
    }
}
