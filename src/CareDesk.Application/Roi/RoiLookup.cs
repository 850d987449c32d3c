using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Roi;

internal static class RoiLookup
{
    public static async Task<Brand> LoadBrandAsync(this IAppDbContext db, string? name, CancellationToken cancellationToken)
    {
        new Validation().Required("brand", name).ThrowIfInvalid();
        var brands = await db.Brands.ToListAsync(cancellationToken);
        return brands.SingleOrDefault(brand => string.Equals(brand.Name, name!.Trim(), StringComparison.OrdinalIgnoreCase)) ?? throw new NotFoundException("Brand", name!);
    }

    public static async Task<IReadOnlyList<string>> AllowedDomainsAsync(this IAppDbContext db, Guid brandId, CancellationToken cancellationToken) =>
        await db.AllowedLinkDomains.Where(allowed => allowed.BrandId == brandId).OrderBy(allowed => allowed.Domain).Select(allowed => allowed.Domain).ToListAsync(cancellationToken);

    public static async Task<TemplateReference?> LoadTemplateReferenceAsync(this IAppDbContext db, Guid? templateId, Guid brandId, CancellationToken cancellationToken)
    {
        if (templateId is null)
        {
            return null;
        }

        var template = await db.Templates.SingleOrDefaultAsync(item => item.Id == templateId, cancellationToken) ?? throw new NotFoundException("Template", templateId);
        if (template.BrandId is { } owner && owner != brandId)
        {
            throw ValidationFailedException.For("templateId", "The template belongs to another brand.");
        }

        return new TemplateReference(template.Id, template.Version, template.JobCode);
    }

    /// <summary>Draws codes until one is free; the unique index stays the final guard against a concurrent issuer.</summary>
    public static async Task<string> FreeCodeAsync(Func<string> newCode, Func<string, Task<bool>> isTaken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var code = newCode();
            if (!await isTaken(code))
            {
                return code;
            }
        }

        throw new InvalidOperationException("Five random codes in a row were taken; the code space is exhausted or the generator is broken.");
    }
}
