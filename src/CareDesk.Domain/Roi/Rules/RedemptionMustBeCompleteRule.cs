using System.Text.RegularExpressions;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

/// <summary>A redemption names its id, a value of zero or more and an ISO 4217 currency.</summary>
public sealed partial class RedemptionMustBeCompleteRule(string? redemptionId, decimal value, string? currency) : IBusinessRule
{
    public bool IsBroken() => Problem is not null;

    public string Message => Problem ?? string.Empty;

    public string? Field => string.IsNullOrWhiteSpace(redemptionId) || redemptionId.Trim().Length > Redemption.MaxRedemptionIdLength ? "redemptionId"
        : value < 0 ? "value" : "currency";

    private string? Problem =>
        string.IsNullOrWhiteSpace(redemptionId) || redemptionId.Trim().Length > Redemption.MaxRedemptionIdLength
            ? $"The redemption id is required and at most {Redemption.MaxRedemptionIdLength} characters."
            : value < 0 ? "The value must not be negative."
            : currency is null || !CurrencyPattern().IsMatch(currency.Trim()) ? "The currency must be a three-letter ISO 4217 code such as USD." : null;

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();
}
