using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record ListTemplateLibraryQuery(bool ExpiringOnly = false);

/// <summary>Every version in every state, newest first per template, with expiry warnings 30 days ahead (R46, R49).</summary>
public sealed class ListTemplateLibraryHandler(IAppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<TemplateDto>> HandleAsync(ListTemplateLibraryQuery query, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var templates = await db.Templates.AsNoTracking().ToListAsync(cancellationToken);
        return templates.OrderBy(template => template.JobCode, StringComparer.Ordinal).ThenByDescending(template => template.Version)
            .Select(template => TemplateDto.Of(template, today))
            .Where(template => !query.ExpiringOnly || template.ExpiryWarning)
            .ToList();
    }
}
