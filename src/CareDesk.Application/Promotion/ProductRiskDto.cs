using CareDesk.Domain.Promotion;

namespace CareDesk.Application.Promotion;

public sealed record ProductRiskDto(Guid BrandId, string Brand, string ProprietaryName, string EstablishedName, string MostSeriousRisks, string RiskPageUrl,
    string PrescribingInformationUrl, string CompanyName, bool BoxedWarning, int Version, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static ProductRiskDto Of(ProductRiskInformation entry, string brand) => new(entry.BrandId, brand, entry.ProprietaryName, entry.EstablishedName,
        entry.MostSeriousRisks, entry.RiskPageUrl, entry.PrescribingInformationUrl, entry.CompanyName, entry.BoxedWarning, entry.Version, entry.UpdatedBy, entry.UpdatedAt);
}
