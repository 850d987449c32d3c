using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

public sealed class CreateTriageRuleHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TriageRuleDto> HandleAsync(TriageRuleRequest request, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("create triage rules");
        var rule = TriageRule.Create(request.ToDefinition(), time.GetUtcNow());
        db.TriageRules.Add(rule);
        audit.Record("triage_rule.created", nameof(TriageRule), rule.Id, null, TriageRuleDto.Of(rule));
        await db.SaveChangesAsync(cancellationToken);
        return TriageRuleDto.Of(rule);
    }
}
