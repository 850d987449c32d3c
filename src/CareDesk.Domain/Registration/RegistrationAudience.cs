namespace CareDesk.Domain.Registration;

/// <summary>Who a brand-hosted registration form is for; HCP forms may ask for a licence number, patient forms never do.</summary>
public enum RegistrationAudience
{
    Patient,
    HealthcareProfessional,
}
