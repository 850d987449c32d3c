using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Templates;

public sealed record WithdrawTemplateCommand(Guid TemplateId, string? Reason);

/// <summary>Withdraws a version at once: it leaves the agent picker and any send still using it fails (R46).</summary>
public sealed class WithdrawTemplateHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TemplateDto> HandleAsync(WithdrawTemplateCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("withdraw response templates");
        var template = await db.LoadTemplateAsync(command.TemplateId, cancellationToken);
        var before = TemplateDto.Of(template);
        template.Withdraw(command.Reason, time.GetUtcNow());
        audit.Record("template.withdrawn", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template), template.StatusReason);
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDto.Of(template);
    }
}
