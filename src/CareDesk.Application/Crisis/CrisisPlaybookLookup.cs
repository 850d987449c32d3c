using CareDesk.Application.Abstractions;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Crisis;

/// <summary>A brand's playbook as shown: its roster and guidance, and its current MLR-approved Crisis-category templates.</summary>
public static class CrisisPlaybookLookup
{
    public static async Task<CrisisPlaybookDto> LoadAsync(IAppDbContext db, Guid brandId, DateOnly today, CancellationToken cancellationToken)
    {
        var brand = await db.Brands.AsNoTracking().Where(found => found.Id == brandId).Select(found => found.Name).SingleAsync(cancellationToken);
        var playbook = await db.CrisisPlaybooks.AsNoTracking().SingleOrDefaultAsync(found => found.BrandId == brandId, cancellationToken);
        var statements = await db.Templates.AsNoTracking()
            .Where(template => template.Category == TemplateCategory.Crisis && template.Status == TemplateStatus.Approved && (template.BrandId == null || template.BrandId == brandId))
            .ToListAsync(cancellationToken);
        return new CrisisPlaybookDto(brand,
            [.. statements.Where(template => today >= template.EffectiveFrom && today <= template.ExpiresOn).OrderBy(template => template.Name)
                .Select(template => new HoldingStatementDto(template.Id, template.Name, template.JobCode, template.MaterialId, template.Body, template.ExpiresOn))],
            playbook?.Roster ?? [], playbook?.Guidance ?? string.Empty, playbook?.UpdatedAt);
    }
}
