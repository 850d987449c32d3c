using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Registration;

public sealed record PublishRegistrationFormCommand(string? Brand, string? Form, string? Title, RegistrationAudience Audience, RegistrationFormStyle Style,
    IReadOnlyList<FormField>? Fields, string? ConsentText, string? ConsentVersion, ProcessingPurpose ConsentPurpose);

/// <summary>Publishes a registration form, or a new version of it; earlier versions stay for the submissions made on them.</summary>
public sealed class PublishRegistrationFormHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<RegistrationFormDto> HandleAsync(PublishRegistrationFormCommand command, CancellationToken cancellationToken)
    {
        new Validation()
            .Required("brand", command.Brand)
            .Required("form", command.Form)
            .Required("title", command.Title)
            .MaxLength("title", command.Title, RegistrationForm.MaxTitleLength)
            .Required("consentText", command.ConsentText)
            .MaxLength("consentText", command.ConsentText, ConsentRecord.MaxTextLength)
            .Required("consentVersion", command.ConsentVersion)
            .MaxLength("consentVersion", command.ConsentVersion, RegistrationForm.MaxConsentVersionLength)
            .ThrowIfInvalid();
        var brandSlug = command.Brand!.Trim().ToLowerInvariant();
        var brands = await db.Brands.Select(brand => new { brand.Id, brand.Name }).ToListAsync(cancellationToken);
        var brand = brands.FirstOrDefault(candidate => candidate.Name.Equals(brandSlug, StringComparison.OrdinalIgnoreCase))
            ?? throw ValidationFailedException.For("brand", $"There is no brand '{command.Brand}'.");
        var previous = await db.LatestOrDefaultAsync(brandSlug, command.Form, cancellationToken);
        var form = RegistrationForm.Publish(brand.Id, brandSlug, command.Form!, (previous?.Version ?? 0) + 1, command.Title!, command.Audience, command.Style,
            command.Fields ?? [], command.ConsentText!, command.ConsentVersion!, command.ConsentPurpose, actor.UserName, time.GetUtcNow());
        db.RegistrationForms.Add(form);
        audit.Record("registration_form.published", nameof(RegistrationForm), form.Id,
            previous is null ? null : RegistrationFormDto.Of(previous), RegistrationFormDto.Of(form));
        await db.SaveChangesAsync(cancellationToken);
        return RegistrationFormDto.Of(form);
    }
}
