using CareDesk.Domain.Common;
using CareDesk.Domain.Security;

namespace CareDesk.Domain.Tests.Security;

public sealed class SecurityIncidentTests
{
    private static readonly DateTimeOffset Detected = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static SecurityIncident Raise() =>
        SecurityIncident.Raise(1, "Unauthorised export of 50 AE cases", null, SecurityIncidentCategory.UnauthorisedExport, Detected, "sam", false, [42],
            [new AffectedRecord("Case", "7", "adverse-event case")]);

    [Fact]
    public void R45_the_supervisory_authority_is_due_72_hours_after_detection_and_turns_overdue_until_notified()
    {
        var incident = Raise();

        incident.NotificationDueAt.ShouldBe(Detected.AddHours(72));
        incident.IsNotificationOverdue(Detected.AddHours(72)).ShouldBeFalse();
        incident.IsNotificationOverdue(Detected.AddHours(73)).ShouldBeTrue();
        incident.CompleteStep(SecurityIncident.SupervisoryAuthorityStep, "sam", "ref 1", Detected.AddHours(73));
        incident.IsNotificationOverdue(Detected.AddHours(74)).ShouldBeFalse();
    }

    [Fact]
    public void An_incident_closes_only_when_every_step_is_done()
    {
        var incident = Raise();

        Should.Throw<BusinessRuleViolationException>(() => incident.Close("sam", "contained", Detected.AddDays(1)));
        foreach (var step in incident.Steps.Select(step => step.Name).ToList())
        {
            incident.CompleteStep(step, "sam", null, Detected.AddDays(1));
        }

        incident.Close("sam", "Laptop wiped remotely; no data accessed.", Detected.AddDays(2));
        incident.IsOpen.ShouldBeFalse();
        incident.ClosedBy.ShouldBe("sam");
        Should.Throw<BusinessRuleViolationException>(() => incident.Close("sam", "again", Detected.AddDays(3))).Message.ShouldContain("already closed");
    }

    [Fact]
    public void Completing_a_step_the_incident_does_not_have_is_refused() =>
        Should.Throw<BusinessRuleViolationException>(() => Raise().CompleteStep("Tell the press", "sam", null, Detected)).Message.ShouldContain("no step");
}
