using CareDesk.Domain.Channels;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;

namespace CareDesk.Application.Demo;

/// <summary>Three demo registration forms, one of each style: Respiro patients (dynamic and conversational) and Cardiozen HCPs (static).</summary>
public static class DemoRegistrationForms
{
    public const string ConsentVersion = "2026-11";

    public const string PatientConsent = "I agree that Respiro Patient Support may e-mail me about my treatment programme. I can withdraw this at any time "
        + "from the link in every e-mail. Reports of side effects are always passed to pharmacovigilance, whatever I choose here.";

    public const string HcpConsent = "I agree that Cardiozen Medical Information may contact me at this e-mail address about the information I asked for. "
        + "I can withdraw this at any time.";

    public static IEnumerable<RegistrationForm> Create(IReadOnlyDictionary<string, Brand> brands, DateTimeOffset now)
    {
        var respiro = brands["Respiro"];
        var cardiozen = brands["Cardiozen"];
        yield return RegistrationForm.Publish(respiro.Id, respiro.Name, "patient-registration", 1, "Join the Respiro patient support programme",
            RegistrationAudience.Patient, RegistrationFormStyle.Dynamic, PatientFields, PatientConsent, ConsentVersion, ProcessingPurpose.CustomerCare, "sam", now);
        yield return RegistrationForm.Publish(respiro.Id, respiro.Name, "patient-chat", 1, "Tell us about you, one question at a time",
            RegistrationAudience.Patient, RegistrationFormStyle.Conversational, PatientFields, PatientConsent, ConsentVersion, ProcessingPurpose.CustomerCare, "sam", now);
        yield return RegistrationForm.Publish(cardiozen.Id, cardiozen.Name, "hcp-registration", 1, "Cardiozen for healthcare professionals",
            RegistrationAudience.HealthcareProfessional, RegistrationFormStyle.Static, HcpFields, HcpConsent, ConsentVersion, ProcessingPurpose.MedicalInformation, "sam", now);
    }

    private static readonly FormField[] PatientFields =
    [
        new("email", "E-mail", FormFieldKind.Email, Required: true),
        new("firstName", "First name", FormFieldKind.Text, Required: true, MaxLength: 60),
        new("onTreatment", "Are you taking Respiro now?", FormFieldKind.Choice, Required: true, Options: ["yes", "no"]),
        new("startedOn", "When did you start?", FormFieldKind.Date, Required: true, ShowWhen: new FieldCondition("onTreatment", "yes")),
        new("reminders", "Would you like refill reminders?", FormFieldKind.Choice, Options: ["yes", "no"], ShowWhen: new FieldCondition("onTreatment", "yes")),
    ];

    private static readonly FormField[] HcpFields =
    [
        new("email", "Work e-mail", FormFieldKind.Email, Required: true),
        new("fullName", "Full name", FormFieldKind.Text, Required: true, MaxLength: 120),
        new("profession", "Profession", FormFieldKind.Choice, Required: true, Options: ["physician", "pharmacist", "nurse"]),
        new("licence", "Licence or registration number", FormFieldKind.Text, Required: true, MaxLength: 40),
    ];
}
