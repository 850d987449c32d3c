using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Triage;

public sealed record UpdateTriageRuleCommand(Guid Id, TriageRuleRequest Rule);

/// <summary>Edits a rule in place with a new version number; the audit entry keeps the previous content.</summary>
public sealed class UpdateTriageRuleHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TriageRuleDto> HandleAsync(UpdateTriageRuleCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("edit triage rules");
        var rule = await db.TriageRules.SingleOrDefaultAsync(item => item.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Triage rule", command.Id);
        var before = TriageRuleDto.Of(rule);
        rule.Update(command.Rule.ToDefinition(), command.Rule.Enabled, time.GetUtcNow());
        audit.Record("triage_rule.updated", nameof(TriageRule), rule.Id, before, TriageRuleDto.Of(rule));
        await db.SaveChangesAsync(cancellationToken);
        return TriageRuleDto.Of(rule);
    }
}
