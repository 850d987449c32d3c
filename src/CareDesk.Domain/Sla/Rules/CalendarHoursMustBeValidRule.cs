using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Sla.Rules;

/// <summary>Opening hours are a local time-of-day range: 00:00 &lt;= opensAt &lt; closesAt &lt;= 24:00.</summary>
public sealed class CalendarHoursMustBeValidRule(TimeSpan opensAt, TimeSpan closesAt) : IBusinessRule
{
    private static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    private bool OpensAtOutOfRange => opensAt < TimeSpan.Zero || opensAt >= EndOfDay;

    public string? Field => OpensAtOutOfRange ? "opensAt" : "closesAt";

    public string Message =>
        OpensAtOutOfRange ? $"Opening time '{Format(opensAt)}' must be at or after 00:00 and before 24:00."
        : closesAt > EndOfDay ? $"Closing time '{Format(closesAt)}' must not be later than 24:00."
        : $"Closing time '{Format(closesAt)}' must be later than opening time '{Format(opensAt)}'.";

    public bool IsBroken() => OpensAtOutOfRange || closesAt > EndOfDay || closesAt <= opensAt;

    private static string Format(TimeSpan time) =>
        time >= TimeSpan.Zero && time.Ticks % TimeSpan.TicksPerMinute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}")
            : time.ToString("c", CultureInfo.InvariantCulture);
}
