using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;

namespace CareDesk.Application.Cases;

/// <summary>
/// R3 awareness: the first time a person opens a case (page or API) is written once and audited. Reading a case is
/// otherwise side-effect free; this one write is the record regulators ask for.
/// </summary>
public sealed class FirstHumanView(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public async Task RecordAsync(Case subject, CancellationToken cancellationToken)
    {
        if (actor.Via == ActorVia.System || actor.Role is null)
        {
            return;
        }

        var at = time.GetUtcNow();
        if (subject.RecordSeenByHuman(at))
        {
            audit.Record("case.first_seen", "Case", subject.Id, null, new { firstSeenByHumanAt = at });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
