using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Sla.Rules;

/// <summary>A calendar name is non-empty and fits <see cref="BusinessCalendar.MaxNameLength"/>.</summary>
public sealed class CalendarNameMustBeValidRule(string? name) : IBusinessRule
{
    public string? Field => "name";

    public string Message => string.IsNullOrWhiteSpace(name)
        ? "Calendar name must not be empty."
        : string.Create(
            CultureInfo.InvariantCulture,
            $"Calendar name '{name}' is {name.Length} characters long; the maximum is {BusinessCalendar.MaxNameLength}.");

    public bool IsBroken() => string.IsNullOrWhiteSpace(name) || name.Length > BusinessCalendar.MaxNameLength;
}
