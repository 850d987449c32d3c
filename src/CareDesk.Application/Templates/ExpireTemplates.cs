using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

/// <summary>
/// Moves approved versions past their expiry date to Expired (R49), run by the background sweep. Sending is refused
/// from the day after expiry even before the sweep runs, because usability checks the date itself.
/// </summary>
public sealed class ExpireTemplatesHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        var due = await db.Templates.Where(template => template.Status == TemplateStatus.Approved && (template.RecertifiedUntil ?? template.ExpiresOn) < today).ToListAsync(cancellationToken);
        foreach (var template in due)
        {
            var before = TemplateDto.Of(template);
            template.ExpireIfDue(today, now);
            audit.Record("template.expired", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template), template.StatusReason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
