using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;

namespace CareDesk.Application.Registration;

public sealed record RegistrationFormDto(Guid Id, string Brand, string Form, int Version, string Title, RegistrationAudience Audience,
    RegistrationFormStyle Style, IReadOnlyList<FormField> Fields, string ConsentText, string ConsentVersion, ProcessingPurpose ConsentPurpose,
    DateTimeOffset PublishedAt, string PublishedBy, string Path)
{
    public static RegistrationFormDto Of(RegistrationForm form) => new(form.Id, form.BrandSlug, form.FormSlug, form.Version, form.Title, form.Audience,
        form.Style, form.Fields, form.ConsentText, form.ConsentVersion, form.ConsentPurpose, form.PublishedAt, form.PublishedBy, form.Path);
}
