using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Sla.Rules;

/// <summary>A calendar is open on at least one day of the week, and every listed day is a real day of the week.</summary>
public sealed class CalendarMustHaveWorkingDaysRule(IReadOnlyCollection<DayOfWeek> workingDays) : IBusinessRule
{
    public string? Field => "workingDays";

    public string Message => workingDays.Count == 0
        ? "The list of working days is empty; a calendar must have at least one working day."
        : $"Working day '{string.Join(", ", UndefinedDays)}' is not a day of the week (0 = Sunday to 6 = Saturday).";

    private IEnumerable<string> UndefinedDays => workingDays
        .Where(day => !Enum.IsDefined(day))
        .Select(day => ((int)day).ToString(CultureInfo.InvariantCulture));

    public bool IsBroken() => workingDays.Count == 0 || UndefinedDays.Any();
}
