using CareDesk.Application.Abstractions;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

/// <summary>The expiry notices for one owner (or all, for content managers), newest first (R49).</summary>
public sealed class ListTemplateExpiryNoticesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<TemplateExpiryNotice>> HandleAsync(string? owner, CancellationToken cancellationToken)
    {
        var notices = db.TemplateExpiryNotices.AsNoTracking();
        if (owner is not null)
        {
            notices = notices.Where(notice => notice.Owner == owner);
        }

        return (await notices.ToListAsync(cancellationToken)).OrderByDescending(notice => notice.RaisedAt).ToList();
    }
}
