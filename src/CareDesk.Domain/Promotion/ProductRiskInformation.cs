using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion.Rules;

namespace CareDesk.Domain.Promotion;

/// <summary>
/// The approved product risk library entry of one brand (R23): the proprietary and established names, the "most serious
/// risks" block every claim-making post carries verbatim, the landing page devoted to risk, the prescribing information
/// link and the company a misinformation correction names (R26), and whether the product has a boxed warning.
/// </summary>
public sealed class ProductRiskInformation
{
    public const int MaxNameLength = 100;
    public const int MaxRiskTextLength = 1000;
    public const int MaxUrlLength = 500;

    private ProductRiskInformation()
    {
        ProprietaryName = string.Empty;
        EstablishedName = string.Empty;
        MostSeriousRisks = string.Empty;
        RiskPageUrl = string.Empty;
        PrescribingInformationUrl = string.Empty;
        CompanyName = string.Empty;
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public string ProprietaryName { get; private set; }

    public string EstablishedName { get; private set; }

    public string MostSeriousRisks { get; private set; }

    public string RiskPageUrl { get; private set; }

    public string PrescribingInformationUrl { get; private set; }

    public string CompanyName { get; private set; }

    public bool BoxedWarning { get; private set; }

    /// <summary>Bumped on every change, so a check can name the library version it used.</summary>
    public int Version { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ProductRiskInformation Create(Guid brandId, ProductRiskDetails details, string by, DateTimeOffset at)
    {
        var entry = new ProductRiskInformation { Id = Guid.NewGuid(), BrandId = brandId };
        entry.Update(details, by, at);
        return entry;
    }

    public void Update(ProductRiskDetails details, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ProductRiskDetailsMustBeCompleteRule(details));
        ProprietaryName = details.ProprietaryName.Trim();
        EstablishedName = details.EstablishedName.Trim();
        MostSeriousRisks = details.MostSeriousRisks.Trim();
        RiskPageUrl = details.RiskPageUrl.Trim();
        PrescribingInformationUrl = details.PrescribingInformationUrl.Trim();
        CompanyName = details.CompanyName.Trim();
        BoxedWarning = details.BoxedWarning;
        Version++;
        UpdatedBy = by;
        UpdatedAt = at;
    }

    /// <summary>The firm-affiliation line a misinformation correction opens with (R26).</summary>
    public string AffiliationLine => $"This correction is posted by {CompanyName}, the maker of {ProprietaryName} ({EstablishedName}).";
}

public sealed record ProductRiskDetails(string ProprietaryName, string EstablishedName, string MostSeriousRisks, string RiskPageUrl,
    string PrescribingInformationUrl, string CompanyName, bool BoxedWarning);
