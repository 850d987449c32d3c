using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Roi;

public sealed record SetAllowedLinkDomainsCommand(string? Brand, IReadOnlyList<string>? Domains);

/// <summary>Replaces the domains a brand's tracked links may lead to; links to a removed domain stop redirecting at once.</summary>
public sealed class SetAllowedLinkDomainsHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<IReadOnlyList<string>> HandleAsync(SetAllowedLinkDomainsCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change the domains tracked links may lead to");
        var brand = await db.LoadBrandAsync(command.Brand, cancellationToken);
        var wanted = (command.Domains ?? []).Select(domain => AllowedLinkDomain.Create(brand.Id, domain)).DistinctBy(allowed => allowed.Domain).ToList();
        var current = await db.AllowedLinkDomains.Where(allowed => allowed.BrandId == brand.Id).ToListAsync(cancellationToken);
        var before = current.Select(allowed => allowed.Domain).Order(StringComparer.Ordinal).ToList();
        var after = wanted.Select(allowed => allowed.Domain).Order(StringComparer.Ordinal).ToList();
        if (before.SequenceEqual(after))
        {
            return after;
        }

        db.AllowedLinkDomains.RemoveRange(current.Where(allowed => !after.Contains(allowed.Domain)));
        db.AllowedLinkDomains.AddRange(wanted.Where(allowed => !before.Contains(allowed.Domain)));
        audit.Record("roi.link_domains_changed", nameof(Brand), brand.Id, new { brand = brand.Name, domains = before }, new { brand = brand.Name, domains = after });
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }
}
