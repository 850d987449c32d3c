using System.Globalization;

namespace CareDesk.Domain.Templates;

/// <summary>
/// An advance notice to a template's owner that its approved version expires soon (R49). One per version, lead time and
/// expiry date: a re-certification moves the expiry and so arms the notices again.
/// </summary>
public sealed class TemplateExpiryNotice
{
    private TemplateExpiryNotice()
    {
        MaterialId = string.Empty;
        Owner = string.Empty;
        Message = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid TemplateId { get; private set; }

    public string MaterialId { get; private set; }

    /// <summary>The user name the notice is for: the version's author.</summary>
    public string Owner { get; private set; }

    /// <summary>The configured lead time this notice answers, e.g. 30 for the "30-day expiry" notice.</summary>
    public int LeadDays { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public string Message { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public static TemplateExpiryNotice Raise(ResponseTemplate template, int leadDays, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        TemplateId = template.Id,
        MaterialId = template.MaterialId,
        Owner = template.Author,
        LeadDays = leadDays,
        ExpiresOn = template.ValidUntil,
        Message = string.Create(CultureInfo.InvariantCulture,
            $"{leadDays}-day expiry: {template.MaterialId} '{template.Name}' expires on {template.ValidUntil:yyyy-MM-dd}; re-certify it or prepare a new version."),
        RaisedAt = at,
    };
}
