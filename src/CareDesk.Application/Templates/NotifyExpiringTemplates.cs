using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Templates;

/// <summary>
/// Nightly with the expiry sweep (R49): tells each approved version's owner that it expires within a configured lead time
/// (60, 30, 7 days by default). A notice is stored once per version, lead time and expiry date, so a second run adds nothing.
/// </summary>
public sealed class NotifyExpiringTemplatesHandler(IAppDbContext db, AuditTrail audit, TimeProvider time, IOptions<TemplateExpiryOptions> options)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var today = time.Today();
        var leads = options.Value.LeadDays;
        var horizon = today.AddDays(leads.DefaultIfEmpty(0).Max());
        var candidates = await db.Templates.Where(template => template.Status == TemplateStatus.Approved
            && (template.RecertifiedUntil ?? template.ExpiresOn) <= horizon).ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var template in candidates)
        {
            if (template.ExpiryLeadDue(today, leads) is not { } lead)
            {
                continue;
            }

            var expiresOn = template.ValidUntil;
            if (await db.TemplateExpiryNotices.AnyAsync(notice => notice.TemplateId == template.Id && notice.LeadDays == lead && notice.ExpiresOn == expiresOn, cancellationToken))
            {
                continue;
            }

            var notice = TemplateExpiryNotice.Raise(template, lead, time.GetUtcNow());
            db.TemplateExpiryNotices.Add(notice);
            audit.Record("template.expiry-notice", nameof(ResponseTemplate), template.Id, null, new { notice.Owner, notice.LeadDays, notice.ExpiresOn, notice.Message });
            raised++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }
}
