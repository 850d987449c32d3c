using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening.Crisis;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Crisis;

public sealed record SaveCrisisPlaybookCommand(string Brand, IReadOnlyList<RosterMember>? Roster, string? Guidance);

/// <summary>Sets a brand's escalation roster and guidance (supervisors and admins); old and new are audited.</summary>
public sealed class SaveCrisisPlaybookHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<CrisisPlaybookDto> HandleAsync(SaveCrisisPlaybookCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change crisis playbooks");
        var brand = await db.Brands.AsNoTracking().SingleOrDefaultAsync(found => found.Name == command.Brand.Trim(), cancellationToken)
            ?? throw new NotFoundException("Brand", command.Brand);
        var playbook = await db.CrisisPlaybooks.SingleOrDefaultAsync(found => found.BrandId == brand.Id, cancellationToken);
        var before = playbook is null ? null : new { playbook.Roster, playbook.Guidance };
        if (playbook is null)
        {
            playbook = CrisisPlaybook.For(brand.Id);
            db.CrisisPlaybooks.Add(playbook);
        }

        var now = time.GetUtcNow();
        playbook.Change(command.Roster ?? [], command.Guidance ?? string.Empty, now);
        audit.Record("crisis.playbook_saved", nameof(CrisisPlaybook), playbook.Id, before, new { brand = brand.Name, playbook.Roster, playbook.Guidance });
        await db.SaveChangesAsync(cancellationToken);
        return await CrisisPlaybookLookup.LoadAsync(db, brand.Id, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
    }
}
