using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Policy;

internal static class PolicyLookup
{
    public static async Task<Brand> BrandAsync(IAppDbContext db, string name, CancellationToken cancellationToken) =>
        await db.Brands.AsNoTracking().SingleOrDefaultAsync(brand => brand.Name == name.Trim(), cancellationToken)
            ?? throw ValidationFailedException.For("brand", $"Brand '{name}' does not exist.");
}
