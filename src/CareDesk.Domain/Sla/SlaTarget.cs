using System.Globalization;

namespace CareDesk.Domain.Sla;

/// <summary>How long a clock runs: a span of open business time, or a number of business days.</summary>
public sealed record SlaTarget(TimeSpan? BusinessTime, int? BusinessDays)
{
    public static SlaTarget Hours(double hours) => new(TimeSpan.FromHours(hours), null);

    public static SlaTarget Days(int days) => new(null, days);

    public DateTimeOffset DueFrom(BusinessCalendar calendar, DateTimeOffset start) => BusinessDays is { } days
        ? calendar.AddBusinessDays(start, days)
        : calendar.AddBusinessTime(start, BusinessTime ?? TimeSpan.Zero);

    public override string ToString() => BusinessDays is { } days
        ? string.Create(CultureInfo.InvariantCulture, $"{days} business day(s)")
        : string.Create(CultureInfo.InvariantCulture, $"{(BusinessTime ?? TimeSpan.Zero).TotalHours:0.##} business hour(s)");
}
