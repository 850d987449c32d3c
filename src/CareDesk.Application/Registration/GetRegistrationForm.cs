using CareDesk.Application.Abstractions;

namespace CareDesk.Application.Registration;

/// <summary>The current version of a brand's form, as the public page shows it.</summary>
public sealed class GetRegistrationFormHandler(IAppDbContext db)
{
    public async Task<RegistrationFormDto> HandleAsync(string? brand, string? form, CancellationToken cancellationToken) =>
        RegistrationFormDto.Of(await db.LatestAsync(brand, form, cancellationToken));
}
