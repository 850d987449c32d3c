using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Misinformation;

/// <summary>Every misinformation correction, newest find first (R26 record set).</summary>
public sealed class ListMisinformationCorrectionsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<MisinformationCorrectionDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var rows = await (from correction in db.MisinformationCorrections.AsNoTracking()
                          join brand in db.Brands.AsNoTracking() on correction.BrandId equals brand.Id
                          select new { correction, brand.Name }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(row => row.correction.FoundAt).Select(row => MisinformationCorrectionDto.Of(row.correction, row.Name))];
    }
}
