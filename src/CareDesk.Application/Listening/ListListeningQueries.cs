using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

public sealed class ListListeningQueriesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<ListeningQueryDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var brands = await db.Brands.AsNoTracking().ToDictionaryAsync(brand => brand.Id, brand => brand.Name, cancellationToken);
        var queries = await db.ListeningQueries.AsNoTracking().ToListAsync(cancellationToken);
        return [.. queries.Select(query => ListeningQueryDto.Of(query, brands[query.BrandId])).OrderBy(query => query.Brand).ThenBy(query => query.Name)];
    }
}
