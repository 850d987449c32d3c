using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Promotion;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Promotion;

public sealed record SetProductRiskInformationCommand(string? Brand, string? ProprietaryName, string? EstablishedName, string? MostSeriousRisks,
    string? RiskPageUrl, string? PrescribingInformationUrl, string? CompanyName, bool BoxedWarning);

/// <summary>Adds or changes a brand's entry in the product risk library (R23), the approved wording promotional posts are checked against.</summary>
public sealed class SetProductRiskInformationHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ProductRiskDto> HandleAsync(SetProductRiskInformationCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("maintain the product risk library");
        new Validation().Required("brand", command.Brand).ThrowIfInvalid();
        var brand = await db.Brands.AsNoTracking().SingleOrDefaultAsync(item => item.Name == command.Brand, cancellationToken)
            ?? throw ValidationFailedException.For("brand", $"No brand named '{command.Brand}'.");
        var details = new ProductRiskDetails(command.ProprietaryName ?? string.Empty, command.EstablishedName ?? string.Empty, command.MostSeriousRisks ?? string.Empty,
            command.RiskPageUrl ?? string.Empty, command.PrescribingInformationUrl ?? string.Empty, command.CompanyName ?? string.Empty, command.BoxedWarning);
        var entry = await db.ProductRiskLibrary.SingleOrDefaultAsync(item => item.BrandId == brand.Id, cancellationToken);
        var before = entry is null ? null : ProductRiskDto.Of(entry, brand.Name);
        if (entry is null)
        {
            entry = ProductRiskInformation.Create(brand.Id, details, actor.UserName, time.GetUtcNow());
            db.ProductRiskLibrary.Add(entry);
        }
        else
        {
            entry.Update(details, actor.UserName, time.GetUtcNow());
        }

        var after = ProductRiskDto.Of(entry, brand.Name);
        audit.Record("product_risk.saved", nameof(ProductRiskInformation), entry.Id, before, after);
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }
}
