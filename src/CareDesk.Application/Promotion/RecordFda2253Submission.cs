using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Templates;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Promotion;

public sealed record RecordFda2253SubmissionCommand(Guid TemplateId, DateOnly? SubmittedOn);

/// <summary>Enters the "2253 submitted" date of a US promotional version, which lets it go live (R27).</summary>
public sealed class RecordFda2253SubmissionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<TemplateDto> HandleAsync(RecordFda2253SubmissionCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("record Form 2253 submissions");
        new Validation().Required("submittedOn", command.SubmittedOn).ThrowIfInvalid();
        var template = await db.LoadTemplateAsync(command.TemplateId, cancellationToken);
        var before = template.Fda2253SubmittedOn;
        template.RecordFda2253Submission(command.SubmittedOn!.Value);
        audit.Record("template.fda2253_submitted", nameof(ResponseTemplate), template.Id, new { fda2253SubmittedOn = before },
            new { template.MaterialId, template.Fda2253SubmittedOn });
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDto.Of(template);
    }
}
