using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Templates;

public sealed record CreateApprovedTemplateCommand(string? Name, string? JobCode, string? Body, IReadOnlyList<TemplateVariable>? Variables,
    IReadOnlyList<TriageLabel>? Labels, IReadOnlyList<ChannelKind>? ChannelKinds, DateOnly? ExpiresOn);

/// <summary>
/// Registers a template that already passed MLR review outside CareDesk, recording who entered it.
/// The in-product MLR review workflow replaces this entry point for new content.
/// </summary>
public sealed class CreateApprovedTemplateHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TemplateDto> HandleAsync(CreateApprovedTemplateCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("register response templates");
        new Validation().Required("expiresOn", command.ExpiresOn).ThrowIfInvalid();
        var template = ResponseTemplate.CreateApproved(command.Name ?? string.Empty, command.JobCode ?? string.Empty, command.Body ?? string.Empty,
            command.Variables ?? [], command.Labels ?? [], command.ChannelKinds ?? [], command.ExpiresOn!.Value, actor.UserName, time.GetUtcNow());
        db.Templates.Add(template);
        audit.Record("template.registered", nameof(ResponseTemplate), template.Id, null, TemplateDto.Of(template));
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDto.Of(template);
    }
}
