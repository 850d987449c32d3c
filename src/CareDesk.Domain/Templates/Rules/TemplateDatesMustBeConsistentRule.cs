using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>
/// Prepared on or before it takes effect, expires after it takes effect, and for UK/EU markets no later than
/// <see cref="MaxMonthsForEurope"/> months after (R49: material in use must be re-certified at least every two years).
/// </summary>
public sealed class TemplateDatesMustBeConsistentRule(DateOnly dateOfPreparation, DateOnly effectiveFrom, DateOnly expiresOn, IReadOnlyCollection<string> markets)
    : IBusinessRule
{
    public const int MaxMonthsForEurope = 24;

    private string? _problem;

    public bool IsBroken()
    {
        _problem = dateOfPreparation > effectiveFrom ? "The date of preparation cannot be after the effective date."
            : expiresOn <= effectiveFrom ? "The expiry date must be after the effective date."
            : markets.Any(TemplateMarkets.BansPublicPromotion) && expiresOn > effectiveFrom.AddMonths(MaxMonthsForEurope)
                ? string.Create(CultureInfo.InvariantCulture, $"UK/EU material must be re-certified within {MaxMonthsForEurope} months: expiry can be at the latest {effectiveFrom.AddMonths(MaxMonthsForEurope):yyyy-MM-dd}.")
                : null;
        return _problem is not null;
    }

    public string Message => _problem ?? string.Empty;

    public string? Field => "expiresOn";
}
