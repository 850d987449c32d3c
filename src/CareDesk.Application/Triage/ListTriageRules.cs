using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Triage;

public sealed class ListTriageRulesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<TriageRuleDto>> HandleAsync(CancellationToken cancellationToken) =>
        (await db.TriageRules.AsNoTracking().OrderBy(rule => rule.Label).ThenBy(rule => rule.Name).ToListAsync(cancellationToken))
        .Select(TriageRuleDto.Of).ToList();
}
