using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Quality.Rules;

public sealed class ComplaintFieldMustFitRule(string fieldName, string? value, int maxLength) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength;

    public string Message => string.IsNullOrWhiteSpace(value)
        ? $"{fieldName} is required for a product complaint."
        : string.Create(CultureInfo.InvariantCulture, $"{fieldName} must be at most {maxLength} characters.");

    public string? Field => fieldName;
}
