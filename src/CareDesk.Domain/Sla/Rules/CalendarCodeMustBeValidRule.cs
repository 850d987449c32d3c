using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Sla.Rules;

/// <summary>A calendar code is a short, non-empty key such as "US", "DE" or "24x7".</summary>
public sealed class CalendarCodeMustBeValidRule(string? code) : IBusinessRule
{
    public string? Field => "code";

    public string Message => string.IsNullOrWhiteSpace(code)
        ? "Calendar code must not be empty."
        : string.Create(
            CultureInfo.InvariantCulture,
            $"Calendar code '{code}' is {code.Length} characters long; the maximum is {BusinessCalendar.MaxCodeLength}.");

    public bool IsBroken() => string.IsNullOrWhiteSpace(code) || code.Length > BusinessCalendar.MaxCodeLength;
}
