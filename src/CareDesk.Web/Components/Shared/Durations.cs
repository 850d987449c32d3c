using System.Globalization;

namespace CareDesk.Web.Components.Shared;

/// <summary>"due in 35 min" / "overdue 2 h 5 min", the way an agent reads a clock.</summary>
public static class Durations
{
    public static string Until(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var text = Format(left.Duration());
        return left >= TimeSpan.Zero ? $"due in {text}" : $"overdue {text}";
    }

    private static string Format(TimeSpan span) => span.TotalMinutes < 1 ? "<1 min"
        : span.TotalHours < 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min")
        : span.TotalDays < 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h");
}
