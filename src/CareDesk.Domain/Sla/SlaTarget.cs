using System.Globalization;

namespace CareDesk.Domain.Sla;

/// <summary>
/// How long a clock runs: a span of open business time, or a number of business days (to the same time of day, or
/// to the end of the last day, as regulatory "within N working days" deadlines count).
/// </summary>
public sealed record SlaTarget(TimeSpan? BusinessTime, int? BusinessDays, bool ToEndOfDay = false)
{
    public static SlaTarget Hours(double hours) => new(TimeSpan.FromHours(hours), null);

    public static SlaTarget Days(int days) => new(null, days);

    public static SlaTarget WorkingDaysToEndOfDay(int days) => new(null, days, ToEndOfDay: true);

    public DateTimeOffset DueFrom(BusinessCalendar calendar, DateTimeOffset start) => BusinessDays is { } days
        ? ToEndOfDay ? calendar.EndOfBusinessDay(calendar.LocalDateOf(calendar.AddBusinessDays(start, days))) : calendar.AddBusinessDays(start, days)
        : calendar.AddBusinessTime(start, BusinessTime ?? TimeSpan.Zero);

    public override string ToString() => BusinessDays is { } days
        ? string.Create(CultureInfo.InvariantCulture, $"{days} business day(s){(ToEndOfDay ? ", end of day" : string.Empty)}")
        : string.Create(CultureInfo.InvariantCulture, $"{(BusinessTime ?? TimeSpan.Zero).TotalHours:0.##} business hour(s)");
}
