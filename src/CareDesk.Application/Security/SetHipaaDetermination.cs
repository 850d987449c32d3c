using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Security;

public sealed record SetHipaaDeterminationCommand(string? Scope, HipaaStatus Status, string? Rationale);

/// <summary>Records whether a channel or programme makes the customer a HIPAA covered entity or business associate (R39); admins only, audited.</summary>
public sealed class SetHipaaDeterminationHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<HipaaDeterminationDto> HandleAsync(SetHipaaDeterminationCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdministrator("record HIPAA determinations");
        var scope = command.Scope?.Trim() ?? string.Empty;
        var now = time.GetUtcNow();
        var determination = await db.HipaaDeterminations.SingleOrDefaultAsync(item => item.Scope == scope, cancellationToken);
        var before = determination is null ? null : new { determination.Status, determination.Rationale };
        if (determination is null)
        {
            determination = HipaaDetermination.Record(scope, command.Status, command.Rationale ?? string.Empty, actor.UserName, now);
            db.HipaaDeterminations.Add(determination);
        }
        else
        {
            determination.Change(command.Status, command.Rationale ?? string.Empty, actor.UserName, now);
        }

        audit.Record("security.hipaa_determined", nameof(HipaaDetermination), determination.Scope, before, new { determination.Status, determination.Rationale });
        await db.SaveChangesAsync(cancellationToken);
        return new HipaaDeterminationDto(determination.Scope, determination.Status, determination.Rationale, determination.DecidedBy, determination.DecidedAt);
    }
}
