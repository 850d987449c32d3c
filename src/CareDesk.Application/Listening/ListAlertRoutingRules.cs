using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

public sealed class ListAlertRoutingRulesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<AlertRoutingRuleDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var brands = await db.Brands.AsNoTracking().ToDictionaryAsync(brand => brand.Id, brand => brand.Name, cancellationToken);
        var rules = await db.AlertRoutingRules.AsNoTracking().OrderBy(rule => rule.Name).ToListAsync(cancellationToken);
        return [.. rules.Select(rule => CreateAlertRoutingRuleHandler.Dto(rule, rule.BrandId is { } id ? brands[id] : null))];
    }
}
