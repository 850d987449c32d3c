namespace CareDesk.Application.Templates;

/// <summary>R49 expiry settings, bound from the "TemplateExpiry" configuration section.</summary>
public sealed class TemplateExpiryOptions
{
    public const string SectionName = "TemplateExpiry";

    /// <summary>Days before expiry at which the owner is notified, once each.</summary>
    public List<int> LeadDays { get; set; } = [60, 30, 7];

    /// <summary>How far a re-certification moves the expiry; UK/EU material is refused beyond 24 months whatever this says.</summary>
    public int RecertificationMonths { get; set; } = 24;
}
