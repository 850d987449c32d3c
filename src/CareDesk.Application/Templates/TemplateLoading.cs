using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

internal static class TemplateLoading
{
    public static async Task<ResponseTemplate> LoadTemplateAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Templates.SingleOrDefaultAsync(template => template.Id == id, cancellationToken) ?? throw new NotFoundException("Template", id);

    public static async Task<string?> CurrentLabelVersionAsync(this IAppDbContext db, Guid? brandId, CancellationToken cancellationToken)
    {
        if (brandId is not { } id)
        {
            return null;
        }

        var brand = await db.Brands.AsNoTracking().SingleOrDefaultAsync(item => item.Id == id, cancellationToken)
            ?? throw ValidationFailedException.For("brandId", $"Brand '{id}' does not exist.");
        return brand.LabelVersion;
    }

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
