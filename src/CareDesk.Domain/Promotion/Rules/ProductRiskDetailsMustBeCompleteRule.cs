using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>Every field of a risk library entry is required, within its length, and the two links are https (R23).</summary>
public sealed class ProductRiskDetailsMustBeCompleteRule(ProductRiskDetails details) : IBusinessRule
{
    private (string Field, string Message)? Problem =>
        Check("proprietaryName", details.ProprietaryName, ProductRiskInformation.MaxNameLength)
        ?? Check("establishedName", details.EstablishedName, ProductRiskInformation.MaxNameLength)
        ?? Check("mostSeriousRisks", details.MostSeriousRisks, ProductRiskInformation.MaxRiskTextLength)
        ?? Check("companyName", details.CompanyName, ProductRiskInformation.MaxNameLength)
        ?? Link("riskPageUrl", details.RiskPageUrl)
        ?? Link("prescribingInformationUrl", details.PrescribingInformationUrl);

    public bool IsBroken() => Problem is not null;

    public string Message => Problem?.Message ?? string.Empty;

    public string? Field => Problem?.Field;

    private static (string, string)? Check(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > max ? (field, $"'{field}' is required and must be at most {max} characters.") : null;

    private static (string, string)? Link(string field, string? value) =>
        Check(field, value, ProductRiskInformation.MaxUrlLength)
        ?? (Uri.TryCreate(value!.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? null : (field, $"'{field}' must be an https link."));
}
