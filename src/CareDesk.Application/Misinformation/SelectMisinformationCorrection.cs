using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Templates;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Misinformation;

public sealed record SelectMisinformationCorrectionCommand(Guid CorrectionId, Guid? TemplateId, IReadOnlyDictionary<string, string>? Variables, IReadOnlyList<int>? AddressedItems);

/// <summary>
/// Picks the MLR-approved, non-promotional correction and the items it addresses (R26). The text gets the firm's
/// affiliation line and the prescribing-information link from the product risk library.
/// </summary>
public sealed class SelectMisinformationCorrectionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<MisinformationCorrectionDto> HandleAsync(SelectMisinformationCorrectionCommand command, CancellationToken cancellationToken)
    {
        actor.RequireCorrector();
        new Validation().Required("templateId", command.TemplateId).ThrowIfInvalid();
        var correction = await db.LoadCorrectionAsync(command.CorrectionId, cancellationToken);
        var before = await db.SnapshotAsync(correction, cancellationToken);
        var template = await db.LoadTemplateAsync(command.TemplateId!.Value, cancellationToken);
        var product = await db.ProductRiskLibrary.AsNoTracking().SingleOrDefaultAsync(entry => entry.BrandId == correction.BrandId, cancellationToken)
            ?? throw ValidationFailedException.For("brand", "The product has no risk library entry: its prescribing-information link and company name are needed for the correction.");
        var values = command.Variables ?? new Dictionary<string, string>();
        BusinessRules.Check(new TemplateValuesMustMatchDeclarationRule(template.Variables, values));
        correction.SelectCorrection(template, template.Fill(values), command.AddressedItems ?? [], product);
        return await db.SaveStepAsync(audit, "misinformation.correction_selected", correction, before, cancellationToken);
    }
}
