using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Registration;

/// <summary>Finds the version of a form people fill in now: the highest published one.</summary>
internal static class RegistrationForms
{
    public static Task<RegistrationForm?> LatestOrDefaultAsync(this IAppDbContext db, string? brand, string? form, CancellationToken cancellationToken)
    {
        var brandSlug = (brand ?? string.Empty).Trim().ToLowerInvariant();
        var formSlug = (form ?? string.Empty).Trim().ToLowerInvariant();
        return db.RegistrationForms
            .Where(candidate => candidate.BrandSlug == brandSlug && candidate.FormSlug == formSlug)
            .OrderByDescending(candidate => candidate.Version)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public static async Task<RegistrationForm> LatestAsync(this IAppDbContext db, string? brand, string? form, CancellationToken cancellationToken) =>
        await db.LatestOrDefaultAsync(brand, form, cancellationToken) ?? throw new NotFoundException("Registration form", $"{brand}/{form}");
}
