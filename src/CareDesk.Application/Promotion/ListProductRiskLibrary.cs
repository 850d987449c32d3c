using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Promotion;

/// <summary>The product risk library, one entry per brand (R23).</summary>
public sealed class ListProductRiskLibraryHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<ProductRiskDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var rows = await (from entry in db.ProductRiskLibrary.AsNoTracking()
                          join brand in db.Brands.AsNoTracking() on entry.BrandId equals brand.Id
                          select new { entry, brand.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(row => ProductRiskDto.Of(row.entry, row.Name)).OrderBy(dto => dto.Brand, StringComparer.Ordinal)];
    }
}
