using CareDesk.Domain.CallCenter;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Demo;

/// <summary>A few imported phone calls so the reports show phone beside social in a fresh demo.</summary>
internal static class DemoCallCenter
{
    public static IEnumerable<CallCenterInteraction> Interactions(DateTimeOffset now) =>
    [
        Call("demo-call-1", "Cardiozen", "pat", now.AddHours(-26), answeredAfterSeconds: 40, minutes: 9, TriageLabel.GeneralInquiry),
        Call("demo-call-2", "Cardiozen", "pat", now.AddHours(-5), answeredAfterSeconds: 150, minutes: 14, TriageLabel.AdverseEvent, TriageLabel.GeneralInquiry),
        Call("demo-call-3", "Respiro", "lee", now.AddHours(-3), answeredAfterSeconds: null, minutes: 1),
        Call("demo-call-4", "Respiro", "lee", now.AddMinutes(-50), answeredAfterSeconds: 20, minutes: 6, TriageLabel.MedicalInquiry),
    ];

    private static CallCenterInteraction Call(string id, string brand, string agent, DateTimeOffset startedAt, int? answeredAfterSeconds, int minutes, params TriageLabel[] labels) =>
        CallCenterInteraction.Import(id, brand, "Phone desk", answeredAfterSeconds is null ? null : agent, startedAt,
            answeredAfterSeconds is { } seconds ? startedAt.AddSeconds(seconds) : null, startedAt.AddMinutes(minutes), labels, startedAt.AddMinutes(minutes));
}
