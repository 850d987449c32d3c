using CareDesk.Application.Abstractions;
using CareDesk.Domain.Security;

namespace CareDesk.Application.Demo;

/// <summary>
/// A few security rows for the demo, so /security and /security/incidents show something real: the HIPAA answer for
/// the brand channels and a patient-support programme, and one open incident with its first step done. Only seeded
/// with the demo posts.
/// </summary>
internal static class DemoSecurity
{
    public static void Seed(IAppDbContext db, DateTimeOffset now)
    {
        db.HipaaDeterminations.AddRange(
            HipaaDetermination.Record("x-cardiozen-us", HipaaStatus.NotCovered, "The manufacturer's own brand channel; no provider or payer involved.", "ada", now.AddDays(-30)),
            HipaaDetermination.Record("Cardiozen patient support programme", HipaaStatus.BusinessAssociate,
                "Nurse line run for Acme Health Plan, a covered entity; BAA signed.", "ada", now.AddDays(-30)));
        var incident = SecurityIncident.Raise(1, "Laptop with a conversation export reported stolen",
            "An agency laptop holding last week's conversation export (pseudonymised authors) was reported stolen.",
            SecurityIncidentCategory.LostOrStolenDevice, now.AddHours(-20), "sam", autoRaised: false, [], []);
        incident.CompleteStep(SecurityIncident.ContainmentStep, "sam", "Device wiped remotely; export was encrypted at rest.", now.AddHours(-18));
        db.SecurityIncidents.Add(incident);
    }
}
